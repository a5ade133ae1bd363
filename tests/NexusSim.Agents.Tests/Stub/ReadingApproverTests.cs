using Moq;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// The simulated human reads what the policy would approve: each defect no check can see that the
/// version still shows is noticed with the catch rate, and turns the approval into a rejection whose
/// issues quote it; what the policy refuses, and what no reader could see, is left as the policy says.
/// </summary>
public sealed class ReadingApproverTests
{
    private const string Figure = "We mapped 46 stakeholders across 4 business units [S6].";
    private const string Markdown = "# Readiness Report: Harbor Mutual\n\n## Findings\n\n" + Figure + "\n\n## Sources\n\n- [S6] Interview notes\n";
    private const string Client = "Harbor Mutual";

    private static readonly PolicyApprover Policy = PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed);

    [Fact]
    public async Task DecideAsync_CatchRateOne_RejectsWithAnIssueQuotingTheDefect()
    {
        var (ledger, request) = Setup(Markdown, new PlantedDefect(DefectKind.WrongFigure, Figure, "We mapped 38 stakeholders across 4 business units [S6]."));

        var decision = await new ReadingApprover(Policy, 7, ledger, 1, Client).DecideAsync(request, CancellationToken.None);

        Assert.False(decision.Approved);
        Assert.Equal(request.Version.ContentHash, decision.VersionHash);
        var issue = Assert.Single(decision.Issues);
        Assert.Equal(Figure, issue.Target);
        // The author's repair reads what to write instead from the note, as it does a careful reviewer's.
        Assert.EndsWith(ReviewFix.WriteInstead + "We mapped 38 stakeholders across 4 business units [S6].", issue.Message, StringComparison.Ordinal);
        Assert.Contains("one problem", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_UnnamedClient_TheHumanKnowsTheClient()
    {
        var (ledger, request) = Setup(Markdown, new PlantedDefect(DefectKind.UnnamedClient, "Readiness Report", "client"));

        var decision = await new ReadingApprover(Policy, 7, ledger, 1, Client).DecideAsync(request, CancellationToken.None);

        Assert.Contains("the brief's client is Harbor Mutual", Assert.Single(decision.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_CatchRateZero_ApprovesAsThePolicyDoes()
    {
        var (ledger, request) = Setup(Markdown, new PlantedDefect(DefectKind.WrongFigure, Figure, "x"));

        var decision = await new ReadingApprover(Policy, 7, ledger, 0, Client).DecideAsync(request, CancellationToken.None);

        Assert.Equal(await Policy.DecideAsync(request, CancellationToken.None), decision);
        Assert.True(decision.Approved);
    }

    [Fact]
    public async Task DecideAsync_DefectACheckCanSee_IsLeftToTheGates()
    {
        // A missing section or an unsourced figure is the checks' to catch: the human reads for substance.
        var (ledger, request) = Setup(Markdown, new PlantedDefect(DefectKind.UnsourcedNumber, "46", Figure), new PlantedDefect(DefectKind.MissingSection, "Risks", "left out"));

        var decision = await new ReadingApprover(Policy, 7, ledger, 1, Client).DecideAsync(request, CancellationToken.None);

        Assert.True(decision.Approved);
        Assert.Empty(decision.Issues);
    }

    [Fact]
    public async Task DecideAsync_TextNoLongerShowsTheDefect_ApprovesIt()
    {
        // The ledger is keyed by the version's hash; a target the text does not hold has nothing to find.
        var (ledger, request) = Setup(Markdown, new PlantedDefect(DefectKind.WrongFigure, "A sentence this version does not have.", "x"));

        var decision = await new ReadingApprover(Policy, 7, ledger, 1, Client).DecideAsync(request, CancellationToken.None);

        Assert.True(decision.Approved);
    }

    [Fact]
    public async Task DecideAsync_VersionTheLedgerDoesNotKnow_ApprovesIt()
    {
        // With a real model there is no ledger: the policy decides alone.
        var (_, request) = Setup(Markdown, new PlantedDefect(DefectKind.WrongFigure, Figure, "x"));

        var decision = await new ReadingApprover(Policy, 7, new DefectLedger(), 1, Client).DecideAsync(request, CancellationToken.None);

        Assert.True(decision.Approved);
    }

    [Fact]
    public async Task DecideAsync_PolicyRefuses_TheRefusalStandsUnread()
    {
        var (ledger, request) = Setup(Markdown, new PlantedDefect(DefectKind.WrongFigure, Figure, "x"));
        request = request with { GatesPassed = false };

        var decision = await new ReadingApprover(Policy, 7, ledger, 1, Client).DecideAsync(request, CancellationToken.None);

        Assert.Equal(await Policy.DecideAsync(request, CancellationToken.None), decision);
        Assert.Empty(decision.Issues);
    }

    [Fact]
    public async Task DecideAsync_HalfCatchRate_NoticesSomeTheSameOnesAgainAndOthersForAnotherSeedOrHuman()
    {
        var defects = Enumerable.Range(0, 40)
            .Select(i => new PlantedDefect(DefectKind.UnsupportedRecommendation, $"We also recommend option {i}.", "Findings"))
            .ToArray();
        var text = Markdown + string.Join("\n", defects.Select(d => d.Target)) + "\n";
        var (ledger, request) = Setup(text, defects);
        var human = new ReadingApprover(Policy, 7, ledger, 0.5, Client);

        var first = await human.DecideAsync(request, CancellationToken.None);
        var again = await human.DecideAsync(request, CancellationToken.None);
        var otherSeed = await new ReadingApprover(Policy, 8, ledger, 0.5, Client).DecideAsync(request, CancellationToken.None);
        var otherHuman = await human.DecideAsync(request with { ApproverId = "partner" }, CancellationToken.None);

        Assert.InRange(first.Issues.Count, 10, 30);
        Assert.Equal(first.Issues, again.Issues);
        Assert.NotEqual(first.Issues.Select(i => i.Target), otherSeed.Issues.Select(i => i.Target));
        Assert.NotEqual(first.Issues.Select(i => i.Target), otherHuman.Issues.Select(i => i.Target));
    }

    [Fact]
    public async Task DecideEscalationAsync_IsThePolicys()
    {
        var inner = new Mock<IApprover>(MockBehavior.Strict);
        var escalation = new EscalationDecision("descope", "policy");
        inner.Setup(a => a.DecideEscalationAsync(It.IsAny<EscalationDecisionRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(escalation);
        inner.SetupGet(a => a.Name).Returns("some-policy");
        var human = new ReadingApprover(inner.Object, 7, new DefectLedger(), 1, Client);

        Assert.Same(escalation, await human.DecideEscalationAsync(null!, CancellationToken.None));
        Assert.Equal("some-policy", human.Name);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Constructor_RateOutsideZeroToOne_IsRefused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadingApprover(Policy, 7, new DefectLedger(), rate, Client));

    private static (DefectLedger Ledger, ApprovalRequest Request) Setup(string markdown, params PlantedDefect[] defects)
    {
        var ledger = new DefectLedger();
        var hash = DefectLedger.HashOf(markdown);
        ledger.Record(hash, defects);
        var version = new DeliverableVersion(1, hash, markdown.Trim(), "soren", "first draft");
        return (ledger, new ApprovalRequest("board_advisor", "readiness_report", "Readiness Report", version, [], GatesPassed: true, "kael"));
    }
}
