using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>Issue 9 item 2: engagement counts come from the fact base, declared in content data and checked on load.</summary>
public sealed class DeclaredFactTests
{
    private static readonly IndustryProfile Industry = new("Insurance", ["insurance"], ["claims intake"], "average claims cycle time", "days", 9, 24, "rules", "Insurance operations benchmark survey", "f.md", 1);

    [Theory]
    [InlineData("# fact: zebra_count\nrange: 9-3\nsource: interviews\nsays: zebras\n", "range")]
    [InlineData("# fact: zebra_count\nrange: lots\nsource: interviews\nsays: zebras\n", "range")]
    [InlineData("# fact: Zebra-Count\nrange: 1-3\nsource: interviews\nsays: zebras\n", "snake_case")]
    [InlineData("# fact: zebra_count\nrange: 1-3\nsource: zoo-keeper\nsays: zebras\n", "unknown source")]
    [InlineData("# fact: stakeholders\nrange: 1-3\nsource: interviews\nsays: zebras\n", "already an entry")]
    [InlineData("# fact: zebra_total\nsum: interviews, zebra_count\nsource: interviews\nsays: zebras\n", "no fact declared before it")]
    [InlineData("# fact: zebra_total\nsum: interviews\nsource: interviews\nsays: zebras\n", "two or more")]
    [InlineData("# fact: zebra_total\nsum: interviews, workshops\nrange: 1-3\nsource: interviews\nsays: zebras\n", "not both")]
    [InlineData("# fact: zebra_total\nsource: interviews\nsays: zebras\n", "has neither 'range: <min>-<max>'")]
    [InlineData("# fact: zebra_share\nof: cases % 52\nrange: 20-40\nsource: interviews\nsays: zebras\n", "needs 'of: <fact>'")]
    [InlineData("# fact: zebra_share\nof: cases / 0\nrange: 20-40\nsource: interviews\nsays: zebras\n", "needs 'of: <fact>'")]
    [InlineData("# fact: zebra_share\nof: zebra_count\nrange: 20-40\nsource: interviews\nsays: zebras\n", "no fact built in or declared before it")]
    [InlineData("# fact: zebra_share\nof: cases\nsource: interviews\nsays: zebras\n", "has neither 'range: <min>-<max>'")]
    [InlineData("# fact: zebra_total\nsum: interviews, workshops\nof: cases\nsource: interviews\nsays: zebras\n", "not both")]
    public void Load_BadFactBlock_NamesFileLineAndProblem(string block, string problem)
    {
        using var prompts = new TempPrompts();
        var path = prompts.WriteContent("99-bad.md", "\n" + block);

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(prompts.Directory));

        Assert.Equal((path, 2), (error.FilePath, error.Line));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DeclaredCount_OneValueInRangeWithItsSource()
    {
        var declared = new DeclaredFact("zebra_count", 10, 12, "interviews", "zebras counted", "f.md", 1);

        var values = Enumerable.Range(1, 20)
            .Select(s => FactBaseBuilder.Build(ContentSamples.Insurer, Industry, (ulong)s, [declared]).Find("zebra_count")!)
            .ToList();

        Assert.All(values, f => Assert.InRange(f.Value, 10, 12));
        Assert.All(values, f => Assert.Equal(("interviews", "zebras counted"), (f.SourceKey, f.Derivation)));
        Assert.True(values.Select(f => f.Value).Distinct().Count() > 1, "the count never varies with the seed");
    }

    [Fact]
    public void Build_DeclaredShare_IsAPercentageInRangeOfItsEntryTimesItsScale()
    {
        // A pilot's week is a share of the process's annual volume over 52 weeks (PilotShareOfVolumeTests).
        var share = new DeclaredFact("zebra_week", 20, 40, "interviews", "zebras a week", "f.md", 1) { Of = "cases", Scale = 1m / 52 };
        var month = new DeclaredFact("zebra_month", 50, 50, "interviews", "zebras a month", "f.md", 5) { Of = "zebra_week", Scale = 4m };
        var values = new HashSet<decimal>();
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, seed, [share, month]);
            var (cases, week) = (facts.Find("cases")!.Value, facts.Find("zebra_week")!.Value);

            Assert.InRange(week, Math.Floor(cases / 52 * 0.2m), Math.Ceiling(cases / 52 * 0.4m));
            Assert.Equal(Math.Round(week * 2, MidpointRounding.AwayFromZero), facts.Find("zebra_month")!.Value);
            values.Add(week / cases);
        }

        Assert.True(values.Count > 1, "the share never varies with the seed");
    }

    [Fact]
    public void Build_DeclaredSum_IsTheTotalOfItsPartsOnEverySeed()
    {
        var first = new DeclaredFact("zebra_count", 3, 9, "interviews", "zebras", "f.md", 1);
        var second = new DeclaredFact("okapi_count", 20, 40, "interviews", "okapis", "f.md", 5);
        var total = new DeclaredFact("animal_count", 0, 0, "interviews", "animals", "f.md", 9) { Sum = ["zebra_count", "okapi_count"] };

        for (ulong seed = 1; seed <= 20; seed++)
        {
            var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, seed, [first, second, total]);

            Assert.Equal(facts.Find("zebra_count")!.Value + facts.Find("okapi_count")!.Value, facts.Find("animal_count")!.Value);
        }
    }

    [Fact]
    public void Build_AddingADeclaredCount_MovesNoOtherFigure()
    {
        var without = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 4);

        var with = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, 4, [new DeclaredFact("zebra_count", 1, 99, "interviews", "zebras", "f.md", 1)]);

        Assert.Equal(without.Entries.Select(f => (f.Name, f.Text)), with.Entries.Where(f => f.Name != "zebra_count").Select(f => (f.Name, f.Text)));
    }
}
