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
    [InlineData("default.yaml", "stakeholders mapped")]
    [InlineData("default.yaml", "records needing a fix")]
    [InlineData("insurer-claims.yaml", "readiness score")]
    [InlineData("retail-ops.yaml", "readiness score")]
    public void Compose_DefaultFirmBrief_StatesTheFactMoreThanOnce(string briefFile, string fact)
    {
        // Guards the test above against a reader that finds nothing: these facts are stated, repeatedly.
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", briefFile));

        var stated = StatedFactReader.Read(shipped.Run(1));

        Assert.True(stated.TryGetValue(fact, out var values) && values.Count >= 2, $"'{fact}' stated {(values?.Count ?? 0)} times");
    }

    [Fact]
    public void Read_TwoWordingsOfTheShareOfRecordsNeedingAFix_ReportsTheContradiction()
    {
        var deliverables = new Dictionary<string, string>
        {
            ["A"] = "2. Data readiness sets the pace: 41% of loan origination records need a fix before an agent can use them [S3].",
            ["B"] = "3. Fix the data feed before the agent: a nightly extract that fills the 74% of records now incomplete [S3].",
        };

        var stated = StatedFactReader.Read(deliverables);

        Assert.Equal(["41%", "74%"], stated["records needing a fix"].Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_SurveyAndInterviewSharesInTwoWordings_ReportsEachContradiction()
    {
        var deliverables = new Dictionary<string, string>
        {
            ["A"] = "40% of the managers we interviewed could not name who decides on a new agent [S5]. Today 37% of staff say they are unsure what AI use is allowed [S6]. Lineage is documented for 18% of the fields loan origination relies on [S3].",
            ["B"] = "62% of managers interviewed did not know who signs off an agent [S5]. In the survey, 51% of staff were unsure what AI use is permitted [S6]. Only 29% of the fields behind loan origination have documented lineage [S3].",
        };

        var stated = StatedFactReader.Read(deliverables);

        Assert.Equal(["40%", "62%"], stated["managers who cannot name the decider"].Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["37%", "51%"], stated["staff unsure what ai use is allowed"].Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["18%", "29%"], stated["fields with documented lineage"].Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_TwoDeliverablesWithDifferentTargets_ReportsTheContradiction()
    {
        var deliverables = new Dictionary<string, string>
        {
            ["A"] = "Key facts: baseline average onboarding time = 12 days [S1]\n\nA supervised agent can cut the average onboarding time by the target of 18% [S2].",
            ["B"] = "Key facts: baseline average onboarding time = 12 days [S1]\n\n| KPI | Baseline | Target |\n|---|---|---|\n| average onboarding time | 12 days | 22% lower [S2] |",
        };

        var stated = StatedFactReader.Read(deliverables);

        Assert.Equal(["18%", "22%"], stated["target of average onboarding time"].Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}
