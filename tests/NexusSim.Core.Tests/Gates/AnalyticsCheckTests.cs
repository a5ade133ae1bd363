using NexusSim.Core.Briefs;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Gates;

public sealed class AnalyticsCheckTests
{
    private const string Sources = "\n## Sources\n- [S1] Client brief, Acme, intake\n- [S2] Readiness scoring model\n- [S3] Retail banking operations benchmark survey 2025\n- [S4] Engagement team estimate\n";

    private static readonly Brief Acme = new("b.yaml", "Acme Bank", "Banking", "Atlantic Canada", 2400,
        "The board approved a programme 18 months ago.", "A pilot reached 91% accuracy.", ["Interviews limited to 4 hours"], 2_000_000m, null, "h")
    {
        FeeUsd = 350_000m,
    };

    [Fact]
    public void Check_AverageMatchesListedScores_Passes()
    {
        var issues = Run(Scores("2.4"));

        Assert.Empty(issues);
    }

    [Fact]
    public void Check_AverageDisagreesWithListedScores_FlagsTheStatedAverage()
    {
        var issues = Run(Scores("2.8"));

        var issue = Assert.Single(issues);
        Assert.Equal(CheckKind.Analytics, issue.Check);
        Assert.Equal("2.8", issue.Target);
        Assert.Contains("2.4", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AverageRowOffByRoundingOnly_Passes()
    {
        // Parts 2.1, 2.2, 2.2: mean 2.1667, written 2.2.
        var markdown = "# R\n\n## Scores\n| Dimension | Score |\n|---|---|\n| A | 2.1 [S2] |\n| B | 2.2 [S2] |\n| C | 2.2 [S2] |\n| Average | 2.2 [S2] |\n" + Sources;

        Assert.Empty(Run(markdown));
    }

    [Fact]
    public void Check_TotalRowDisagreesWithItsLines_FlagsTheTotal()
    {
        var markdown = "# R\n\n## Costs\n| Item | Year 1 | Year 2 |\n|---|---|---|\n| Compute | $120K [S4] | $150K [S4] |\n| Licences | $80K [S4] | $80K [S4] |\n| Total | $200K [S4] | $260K [S4] |\n" + Sources;

        var issue = Assert.Single(Run(markdown));

        Assert.Contains("Year 2", issue.Message, StringComparison.Ordinal);
        Assert.Contains("230", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvestmentRowComputedByTheFormulas_Passes()
    {
        // I = 1,000K, B = 500K, 10%, 3 years: NPV = 243.4K, IRR = 23.4%, payback = 24 months.
        var issues = Run(Investment("$1.0M", "$500K", "$243K", "23%", "24 months"));

        Assert.Empty(issues);
    }

    [Theory]
    [InlineData("$39K", "23%", "24 months", "NPV")]
    [InlineData("$243K", "41%", "24 months", "IRR")]
    [InlineData("$243K", "23%", "14 months", "Payback")]
    public void Check_InvestmentFigureNotFromItsInputs_FlagsThatFigure(string npv, string irr, string payback, string wrong)
    {
        var issue = Assert.Single(Run(Investment("$1.0M", "$500K", npv, irr, payback)));

        Assert.StartsWith(wrong, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NpvWithoutAStatedDiscountRate_IsNotRecomputed()
    {
        var markdown = Investment("$1.0M", "$500K", "$39K", "23%", "24 months").Replace(" discounted at 10%", string.Empty, StringComparison.Ordinal);

        Assert.Empty(Run(markdown));
    }

    [Fact]
    public void Check_BriefCitationOfBriefFigures_Passes()
    {
        var markdown = "# R\n\n## Context\nAcme employs 2,400 people and pays a fee of $350K [S1]. Its pilot reached 91% accuracy [S1].\n" + Sources;

        Assert.Empty(Run(markdown));
    }

    [Fact]
    public void Check_BriefCitedForAFigureTheBriefNeverStates_FlagsIt()
    {
        var markdown = "# R\n\n## Context\nAcme employs 2,400 people and will save $1.2M a year [S1].\n" + Sources;

        var issue = Assert.Single(Run(markdown));

        Assert.Contains("$1.2M", issue.Message, StringComparison.Ordinal);
        Assert.Contains("brief", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BriefCitedAlongsideAnotherSource_IsNotAttributedToTheBrief()
    {
        var markdown = "# R\n\n## Context\nAcme employs 2,400 people and will save $1.2M a year [S1] [S4].\n" + Sources;

        Assert.Empty(Run(markdown));
    }

    [Fact]
    public void Check_NoBriefGiven_SkipsTheBriefRule()
    {
        var markdown = "# R\n\n## Context\nAcme will save $1.2M a year [S1].\n" + Sources;

        Assert.Empty(new AnalyticsCheck().Check(new CheckInput(markdown, [], [], [], [])));
    }

    [Fact]
    public void Check_PeerFigureCitingNoBenchmark_FlagsIt()
    {
        var markdown = "# R\n\n## Peers\nPeers of similar size average 3.1 [S4].\n" + Sources;

        var issue = Assert.Single(Run(markdown));

        Assert.Contains("benchmark", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PEERS of similar size average 3.1 [S4].")]
    [InlineData("Against the peer-group median of 3.1 [S4] Acme trails.")]
    [InlineData("Acme trails the BENCHMARK of 3.1 [S4].")]
    public void Check_PresentedAsABenchmarkInAnyCase_FlagsTheUnsupportedCitation(string sentence)
    {
        var issue = Assert.Single(Run("# R\n\n## Context\n" + sentence + "\n" + Sources));

        Assert.Contains("presented as a benchmark", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme's compeers average 3.1 [S4].")]
    [InlineData("Acme scored 3.1 [S4] before the (peer review).")]
    public void Check_PeerOnlyInsideAWord_IsNotABenchmarkClaim(string sentence)
    {
        Assert.Empty(Run("# R\n\n## Context\n" + sentence + "\n" + Sources));
    }

    [Fact]
    public void Check_DiscountRateInCapitals_IsStillRead()
    {
        var markdown = Investment("$1.0M", "$500K", "$900K", "23%", "24 months").Replace("discounted at 10%", "DISCOUNTED AT 10%", StringComparison.Ordinal);

        var issue = Assert.Single(Run(markdown));

        Assert.StartsWith("NPV", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PeerFigureCitingANamedBenchmark_Passes()
    {
        var markdown = "# R\n\n## Peers\nPeers of similar size average 3.1 [S3].\n" + Sources;

        Assert.Empty(Run(markdown));
    }

    [Fact]
    public void DeliverableChecks_Analytics_IsTheAnalyticsCheck()
    {
        Assert.IsType<AnalyticsCheck>(DeliverableChecks.For(CheckKind.Analytics));
    }

    private static IReadOnlyList<GateIssue> Run(string markdown) =>
        new AnalyticsCheck().Check(new CheckInput(markdown, [], [], [], [], Acme));

    private static string Scores(string overall) =>
        "# R\n\n## Readiness\nAcme scores " + overall + " out of five overall [S2]. The score is the average of four dimensions [S2].\n\n"
        + "| Dimension | Acme | Peer median |\n|---|---|---|\n| Technology | 3.0 [S2] | 3.1 [S3] |\n| Data | 1.8 [S2] | 2.9 [S3] |\n| Culture | 2.5 [S2] | 2.8 [S3] |\n| Skills | 2.3 [S2] | 2.7 [S3] |\n"
        + Sources;

    private static string Investment(string investment, string benefit, string npv, string irr, string payback) =>
        "# R\n\n## Investment case\nBenefits run from year one and are discounted at 10% a year [S4].\n\n"
        + "| Scenario | Investment | Annual benefit | NPV over three years | IRR | Payback |\n|---|---|---|---|---|---|\n"
        + $"| Base | {investment} [S4] | {benefit} [S4] | {npv} [S4] | {irr} [S4] | {payback} [S4] |\n"
        + Sources;
}
