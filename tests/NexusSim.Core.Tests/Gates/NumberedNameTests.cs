using NexusSim.Core.Briefs;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// A number in the document's own name or a section's ("this 90-Day Plan", "the 90-Day Delivery")
/// names it and states no figure: neither the evidence check nor the rule that a figure cited to the
/// brief must be one the brief states reads it. Every other figure of the same sentence still is.
/// </summary>
public sealed class NumberedNameTests
{
    private const string Sources = "\n## Sources\n- [S1] Client brief, Quarry Lane, intake\n- [S2] Engagement team estimate\n";

    private static readonly Brief Quarry = new("b.yaml", "Quarry Lane", "Freight logistics", "United Kingdom", 1900,
        "Exceptions are handled by hand.", "A pilot stalled.", ["Board meeting in twelve weeks"], 900_000m, null, "h")
    {
        FeeUsd = 120_000m,
    };

    [Fact]
    public void Analytics_TitleNameCitedToTheBrief_IsNoFigure()
    {
        var markdown = "# 90-Day Plan: Quarry Lane\n\nCompiled for Quarry Lane, this 90-Day Plan document sets out the work [S1].\n\n## First Wave\nQuarry Lane employs 1,900 people [S1].\n" + Sources;

        Assert.Empty(Analytics(markdown));
    }

    [Fact]
    public void Analytics_AnotherFigureBesideTheName_IsStillCheckedAgainstTheBrief()
    {
        var markdown = "# 90-Day Plan: Quarry Lane\n\nThis 90-Day Plan covers 45 depots [S1].\n" + Sources;

        var issue = Assert.Single(Analytics(markdown));

        Assert.Contains("Figure 45 ", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A 90-day pilot ran last year [S1].")] // the number, not the name: a duration the brief must state
    [InlineData("The plan has 90 milestones [S1].")]
    [InlineData("Day 90 Plan reviews follow [S1].")] // the words around 90 are not the title's
    public void Analytics_TheTitlesNumberOutsideItsName_IsStillAFigure(string sentence)
    {
        var markdown = "# 90-Day Plan: Quarry Lane\n\n## First Wave\n" + sentence + "\n" + Sources;

        var issue = Assert.Single(Analytics(markdown));

        Assert.Contains("Figure 90 ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analytics_TheNameInsideLongerWords_IsNotTheName()
    {
        // "190-Day Plans" holds "90-Day Plan" but is not it: the figure stays 190, not a stray 1.
        var markdown = "# 90-Day Plan: Quarry Lane\n\n## First Wave\nIt sets out 190-Day Plans [S1].\n" + Sources;

        var issue = Assert.Single(Analytics(markdown));

        Assert.Contains("Figure 190 ", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# 90-Day Plan: Quarry Lane\n\n## Scope\nThe 90-day plan starts in May.\n")] // the name, any case
    [InlineData("# Roadmap\n\n## 90-Day Delivery\nThe 90-Day Delivery starts in May.\n")] // a section's name
    [InlineData("# Plan 2027 for Quarry Lane\n\n## Scope\nThe Plan 2027 starts in May.\n")] // the number after its word
    public void Evidence_ANumberedNameWithoutCitation_IsNoUnsourcedFigure(string markdown)
    {
        Assert.Empty(Evidence(markdown + Sources));
    }

    [Fact]
    public void Evidence_AFigureBesideTheName_IsStillUnsourced()
    {
        var markdown = "# 90-Day Plan: Quarry Lane\n\n## Scope\nThe 90-Day Plan covers 45 depots.\n" + Sources;

        var issue = Assert.Single(Evidence(markdown));

        Assert.Equal("45", issue.Target);
    }

    [Fact]
    public void Evidence_TheSameSentenceUnderATitleWithoutTheName_IsUnsourced()
    {
        // The sentence is shared text: what a reading of one document leaves out is not left out of another's.
        var readings = new DeliverableReadings();
        const string Body = "\n\n## Scope\nThe 90-Day Plan starts in May.\n" + Sources;

        Assert.Empty(Evidence("# 90-Day Plan: Quarry Lane" + Body, readings));
        var issue = Assert.Single(Evidence("# Roadmap: Quarry Lane" + Body, readings));

        Assert.Equal("90", issue.Target);
    }

    private static IReadOnlyList<GateIssue> Analytics(string markdown) =>
        new AnalyticsCheck().Check(new CheckInput(markdown, [], [], [], [], Quarry));

    private static IReadOnlyList<GateIssue> Evidence(string markdown, DeliverableReadings? readings = null) =>
        new EvidenceCheck().Check(new CheckInput(markdown, [], [], [], [], Quarry) { Readings = readings ?? new DeliverableReadings() });
}
