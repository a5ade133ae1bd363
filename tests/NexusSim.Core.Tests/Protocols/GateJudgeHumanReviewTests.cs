using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// A human on a review step is asked whether the version passed the other blocking gates, not the gate
/// they are judging (found by the actuarial fixture firm: its compliance officer's review gate failed
/// every version under approve-if-gates-passed, so every report escalated).
/// </summary>
public sealed class GateJudgeHumanReviewTests
{
    private static FlowHarness HumanReviewsFactCheck() => new(delivery => delivery
        .Replace("    owners: [editor, lead]", "    owners: [editor, lead, principal]", StringComparison.Ordinal)
        .Replace("      - actor: editor\n        task: review_scan", "      - actor: principal\n        task: review_scan", StringComparison.Ordinal));

    [Fact]
    public async Task RunAsync_HumanReviewsTheOnlyGate_IsToldTheOtherGatesPassed()
    {
        using var flow = HumanReviewsFactCheck();
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var shown = Assert.Single(flow.Approver.Shown);
        Assert.Equal("principal", shown.ApproverId);
        Assert.True(shown.GatesPassed);
    }

    [Fact]
    public async Task RunAsync_HumanReviewUnderApproveIfGatesPassed_PolicyPassesACleanVersion()
    {
        using var flow = HumanReviewsFactCheck();
        var run = flow.Start(Scan, GoodScan);
        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var decision = await PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed)
            .DecideAsync(Assert.Single(flow.Approver.Shown), CancellationToken.None);

        Assert.True(decision.Approved, decision.Reason);
    }

    [Fact]
    public async Task RunAsync_ChecksFailTheFirstDraft_HumanIsAskedOnlyOnTheReworkedVersion()
    {
        using var flow = HumanReviewsFactCheck();
        flow.Turns.Script = turn => [Scripts.Submit(turn, GoodScan)];
        var run = flow.Start(Scan, "# Market scan: Acme\n\n## Summary\nThree rivals [S1].\n\n## Sources\n- [S1] Client interview.\n");

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var verdicts = flow.Deliverable(Scan).Verdicts;
        Assert.Equal([GateVerdict.NeedsWork, GateVerdict.Pass], verdicts.Select(v => v.Verdict));
        Assert.True(Assert.Single(flow.Approver.Shown).GatesPassed);
    }

    [Fact]
    public async Task RunAsync_HumanRejects_TheirReasonIsTheIssueWithNoGateIdAsItsTarget()
    {
        using var flow = HumanReviewsFactCheck();
        flow.Approver.Decisions.Enqueue((false, "The totals do not add up."));
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var rejected = flow.Deliverable(Scan).Verdicts[0];
        Assert.Equal(GateVerdict.NeedsWork, rejected.Verdict);
        Assert.Equal(new GateIssue(null, "The totals do not add up.", null), Assert.Single(rejected.Issues));
    }
}
