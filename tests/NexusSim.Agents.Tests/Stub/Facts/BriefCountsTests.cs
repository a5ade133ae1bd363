using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Stub;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>A count the brief states (its business units) is taken from the brief, never drawn against it.</summary>
public sealed partial class BriefCountsTests
{
    private static readonly IndustryProfile Industry = new("Banking", ["bank"], ["loan origination"], "average onboarding time", "days", 5, 19, "rules", "Retail banking operations benchmark survey", "f.md", 1);

    [Theory]
    [InlineData("Three business units ran experiments.", 3)]
    [InlineData("Two of the 3 business units must be covered.", 3)]
    [InlineData("Its twelve Business  Units report monthly.", 12)]
    [InlineData("Two business units piloted; five business units watched.", 5)]
    [InlineData("The third business unit is under review.", null)]
    [InlineData("Every business unit has a sponsor.", null)]
    [InlineData("0 business units were covered.", null)]
    [InlineData("Three business-unit leads were interviewed.", null)]
    public void Of_SituationText_ReadsTheCountRightBeforeTheNoun(string situation, int? expected) =>
        Assert.Equal(expected, BriefCounts.Of(Brief(situation), "business units"));

    [Fact]
    public void Of_CountInAConstraint_IsRead()
    {
        var brief = Brief("No count here.") with { Constraints = ["Two of the three business units must be covered"] };

        Assert.Equal(3, BriefCounts.Of(brief, "business units"));
    }

    [Fact]
    public void OfAndCovered_NounsAskedInTurnAgainAndAgain_EachGetsItsOwnCount()
    {
        // The patterns are kept between calls: a kept pattern must be the noun's, and each question's.
        var brief = Brief("Three business units and 7 regions ran pilots; two of the 7 regions went live.");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(3, BriefCounts.Of(brief, "business units"));
            Assert.Equal(7, BriefCounts.Of(brief, "regions"));
            Assert.Equal(2, BriefCounts.Covered(brief, "regions"));
            Assert.Null(BriefCounts.Covered(brief, "business units"));
        }
    }

    [Theory]
    [InlineData("Two of the three business units must be covered; the third is under review.", 2)]
    [InlineData("Two of the 3 business units must be covered.", 2)]
    [InlineData("Four of the three business units must be covered.", null)]
    [InlineData("Three business units ran experiments.", null)]
    [InlineData("Two of the three regions must be covered.", null)]
    public void Covered_ScopeText_ReadsThePartInScope(string text, int? expected) =>
        Assert.Equal(expected, BriefCounts.Covered(Brief(text), "business units"));

    [Fact]
    public void Build_BriefCountsItsUnitsAndScopesTwo_TheFactBaseStatesTheTwoCovered()
    {
        // The default brief: three units in the situation, two of them in scope by a constraint. A draft
        // that rated change readiness for "each of 3 business units" rated the one the client kept out.
        var brief = Brief("Three business units ran experiments.") with { Constraints = ["Two of the three business units must be covered; the third is under a regulatory review"] };

        var counts = Enumerable.Range(1, 8).Select(seed => FactBaseBuilder.Build(brief, Industry, (ulong)seed).Value("business_units"));

        Assert.All(counts, c => Assert.Equal(2m, c));
    }

    [Fact]
    public void Build_BriefCountsItsUnits_TheFactBaseStatesThatCountWhateverTheSeed()
    {
        var stated = Brief("Three business units ran experiments with different vendors.");
        var silent = Brief("The programme stalled.");

        var counts = Enumerable.Range(1, 8).Select(seed => FactBaseBuilder.Build(stated, Industry, (ulong)seed).Value("business_units")).ToList();
        var drawn = Enumerable.Range(1, 8).Select(seed => FactBaseBuilder.Build(silent, Industry, (ulong)seed).Value("business_units")).ToList();

        Assert.All(counts, c => Assert.Equal(3m, c));
        Assert.All(drawn, c => Assert.InRange(c, 4m, 7m));
    }

    [Fact]
    public void Build_BriefCountsItsUnits_NoOtherFigureMoves()
    {
        // The draw the count replaces is still made: every other figure of the fact base is the one the
        // same seed gives a brief that does not count its units.
        var stated = Brief("Three business units ran experiments.");
        var silent = Brief("Three teams ran experiments.");

        var a = FactBaseBuilder.Build(stated, Industry, 9);
        var b = FactBaseBuilder.Build(silent, Industry, 9);

        Assert.Equal(
            b.Entries.Where(f => f.Name != "business_units").Select(f => (f.Name, f.Value)),
            a.Entries.Where(f => f.Name != "business_units").Select(f => (f.Name, f.Value)));
    }

    private static BriefFacts Brief(string situation) =>
        new("Acme Mutual (fictional)", "Regional banking", "Atlantic Canada", 2400, situation, "A chatbot pilot stalled.", [], 2_500_000m);

    [Fact]
    public void Compose_DefaultBriefEveryLine_CountsTheTwoBusinessUnitsInScope()
    {
        // The brief: "Three business units ran experiments"; "Two of the three business units must be
        // covered". The work covers two: a draft mapping or rating "3 business units" covered the one kept out.
        // The brief's own scope phrase ("two of the three business units"), quoted in a draft, is not a count of the work.
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var counts = Enumerable.Range(1, 5)
            .SelectMany(seed => run.Run((ulong)seed, new ShippedBriefRun.RunOptions(AllLines: true)).Values)
            .SelectMany(d => UnitCount().Matches(d))
            .Select(m => m.Groups[1].Value.ToLowerInvariant())
            .ToList();

        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Contains(c, new[] { "2", "two" }));
    }

    [GeneratedRegex(@"(?<!\bof the )\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+business units\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitCount();
}
