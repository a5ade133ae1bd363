namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// Issue 9's "0 contradictions" target: for seeds 1–10 of every shipped brief of both shipped firms,
/// every deliverable of the brief's service line (written clean, no planted defects) states each fact
/// with one value. Read back by the test's own <see cref="StatedFactReader"/>.
/// </summary>
public sealed class FactBaseContradictionTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_StateEveryFactWithOneValue(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var problems = new List<string>();

        for (ulong seed = 1; seed <= 10; seed++)
        {
            var stated = StatedFactReader.Read(shipped.Run(seed));
            problems.AddRange(stated
                .Where(f => f.Value.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
                .Select(f => $"seed {seed}: {f.Key}: " + string.Join(" | ", f.Value.Select(v => $"{v.Value} in {v.Where}"))));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("default.yaml", "readiness score")]
    [InlineData("default.yaml", "records needing a fix")]
    [InlineData("insurer-claims.yaml", "obligations met")]
    [InlineData("retail-ops.yaml", "target of average replenishment cycle time")]
    public void Compose_DefaultFirmBrief_StatesTheFactMoreThanOnce(string briefFile, string fact)
    {
        // Guards the test above against a reader that finds nothing: these facts are stated, repeatedly.
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", briefFile));

        var stated = StatedFactReader.Read(shipped.Run(1));

        Assert.True(stated.TryGetValue(fact, out var values) && values.Count >= 2, $"'{fact}' stated {(values?.Count ?? 0)} times");
    }

    [Theory]
    [InlineData("2. Data readiness sets the pace: 41% of loan origination records need a fix before an agent can use them [S3].",
        "3. Fix the data feed before the agent: a nightly extract that fills the 74% of records now incomplete [S3].",
        "records needing a fix", "41%", "74%")]
    [InlineData("40% of the managers we interviewed could not name who decides on a new agent [S5].",
        "62% of managers interviewed did not know who signs off an agent [S5].",
        "managers who cannot name the decider", "40%", "62%")]
    [InlineData("Today 37% of staff say they are unsure what AI use is allowed [S6].",
        "In the survey, 51% of staff were unsure what AI use is permitted [S6].",
        "staff unsure what ai use is allowed", "37%", "51%")]
    [InlineData("Lineage is documented for 18% of the fields loan origination relies on [S3].",
        "Only 29% of the fields behind loan origination have documented lineage [S3].",
        "fields with documented lineage", "18%", "29%")]
    [InlineData("Key facts: baseline average onboarding time = 12 days [S1]\n\nA supervised agent can cut the average onboarding time by the target of 18% [S2].",
        "Key facts: baseline average onboarding time = 12 days [S1]\n\n| KPI | Baseline | Target |\n|---|---|---|\n| average onboarding time | 12 days | 22% lower [S2] |",
        "target of average onboarding time", "18%", "22%")]
    [InlineData("Key facts: baseline average exception resolution time = 46 hours [S1]\n\nThe average exception resolution time falls from 46 hours to well under half of today's figure [S3].",
        "Key facts: baseline average exception resolution time = 46 hours [S1]\n\nSuccess: the average exception resolution time must fall by the target of 23% from 46 hours [S6].",
        "target of average exception resolution time", "23%", "over 50%")]
    [InlineData("Key facts: headcount = 4,300 [S1]\n\nIn shipment exception handling, the average exception resolution time falls from 46 hours to well under half of today's figure [S3].",
        "Key facts: headcount = 4,300 [S1]\n\nSuccess is measured first: the average exception resolution time must fall by the target of 23% from 46 hours [S6].",
        "target of average exception resolution time", "23%", "over 50%")]
    public void Read_OneFactInTwoWordingsWithTwoValues_ReportsTheContradiction(string first, string second, string fact, string low, string high)
    {
        var stated = StatedFactReader.Read(new Dictionary<string, string> { ["A"] = first, ["B"] = second });

        Assert.Equal([low, high], stated[fact].Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}
