using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>The human's approve step: its approval gate's owner decides; a rejection is reworked with the human's reason.</summary>
public sealed class ApprovalFlowTests
{
    [Fact]
    public async Task RunAsync_HumanRejectsThenApproves_AuthorReworksWithTheReasonAndTheReviewedReworkIsReleased()
    {
        using var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        flow.Approver.Decisions.Enqueue((false, "The pilot has no owner."));
        flow.Approver.Decisions.Enqueue((true, "Now it does."));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        var memo = flow.Deliverable(Memo);
        Assert.True(released);
        Assert.Equal(DeliverableStatus.Released, memo.Status);
        Assert.Equal(2, memo.Versions.Count);
        Assert.Equal(memo.Current!.ContentHash, memo.ReleasedHash);
        var rework = Assert.Single(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
        Assert.Equal("lead", rework.ActorId);
        Assert.Contains(rework.Feedback, i => i.Message.Contains("The pilot has no owner.", StringComparison.Ordinal));
        Assert.All(flow.Approver.Shown, r => Assert.Equal("principal", r.ApproverId));
        Assert.Equal(2, memo.Verdicts.Count(v => v.GateId == "fact_check" && v.Verdict == GateVerdict.Pass)); // reviewed again after the rework
    }

    [Fact]
    public async Task RunAsync_HumanRejectsWithIssuesQuotingTheText_TheReworkAndTheRecordCarryWhatTheyQuote()
    {
        using var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        var memo = flow.Deliverable(Memo);
        var quoted = memo.Current!.Markdown.Split('\n').First(l => l.Length > 0 && !l.StartsWith('#'));
        flow.Approver.Decisions.Enqueue((false, "Read before release."));
        flow.Approver.RejectionIssues.Enqueue([new ApprovalIssue("A figure here is wrong. Write instead: the right one.", quoted)]);
        flow.Approver.Decisions.Enqueue((true, "Now it is right."));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.True(released);
        var rework = Assert.Single(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
        var issue = Assert.Single(rework.Feedback);
        Assert.Equal((quoted, "principal rejected the version: A figure here is wrong. Write instead: the right one."), (issue.Target, issue.Message));
        var rejection = Assert.Single(memo.Decisions, d => !d.Approved);
        Assert.Equal(quoted, Assert.Single(rejection.Issues).Target);
        Assert.StartsWith("Read before release.\n- [review] A figure here is wrong.", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HumanRejectsWithAReasonOnly_TheReworkIssueQuotesNothing()
    {
        using var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        flow.Approver.Decisions.Enqueue((false, "The pilot has no owner."));

        await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        var rework = Assert.Single(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
        Assert.Null(Assert.Single(rework.Feedback).Target);
        Assert.Empty(Assert.Single(flow.Deliverable(Memo).Decisions, d => !d.Approved).Issues);
    }

    [Theory]
    [InlineData(ActionIds.Reject, 1)]
    [InlineData(ActionIds.Approve, 0)]
    public async Task Decide_ReasonWithAnIssueLine_OnlyARejectionRecordsItsIssues(string action, int expected)
    {
        using var flow = new FlowHarness();
        await flow.MemoThroughItsReviewsAsync();
        var memo = flow.Deliverable(Memo);

        flow.Act("principal", action, (ActionArgs.DeliverableId, Memo), (ActionArgs.VersionHash, memo.Current!.ContentHash),
            (ActionArgs.Reason, "Read it.\n- [review] The cited source does not support this: \"Summary\"\nnot an issue line"));

        var decision = Assert.Single(memo.Decisions);
        Assert.Equal(expected, decision.Issues.Count);
        Assert.All(decision.Issues, i => Assert.Equal(("Summary", "The cited source does not support this"), (i.Target, i.Message)));
    }

    [Fact]
    public async Task RunAsync_HumanRejectsUpToMaxAttempts_OnFailEscalatesToTheAuthorsManager()
    {
        using var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        for (var i = 0; i < 3; i++)
        {
            flow.Approver.Decisions.Enqueue((false, "Still not ready."));
        }

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.False(released);
        Assert.Equal(3, flow.Approver.Shown.Count); // principal_signoff's default max_attempts
        var escalation = Assert.Single(flow.State.Escalations);
        Assert.Equal(("lead", "principal", "principal_signoff"), (escalation.From, escalation.To, escalation.GateId));
        Assert.Null(flow.Deliverable(Memo).ReleasedHash);
    }

    [Fact]
    public async Task RunAsync_RequesterAskedForThisVersionInItsOwnTurn_TheFlowDoesNotAskAgain()
    {
        using var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        var memo = flow.Deliverable(Memo);
        flow.Act("editor", ActionIds.RequestApproval, (ActionArgs.DeliverableId, Memo), (ActionArgs.VersionHash, memo.Current!.ContentHash));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.True(released);
        Assert.DoesNotContain(flow.Observer.Steps, s => s.Actions.Any(a => a.Action == ActionIds.RequestApproval));
        Assert.Equal("editor", Assert.Single(flow.Approver.Shown).RequestedBy);
    }

    [Fact]
    public async Task RunAsync_RejectedAndReworkChangesNothing_TheSameVersionIsAskedForAgain()
    {
        using var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        var memo = flow.Deliverable(Memo);
        var text = memo.Current!.Markdown;
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, text)] : [Scripts.Verdict(turn, "pass", "Checked ## Summary.")];
        flow.Act("editor", ActionIds.RequestApproval, (ActionArgs.DeliverableId, Memo), (ActionArgs.VersionHash, memo.Current.ContentHash));
        flow.Approver.Decisions.Enqueue((false, "The pilot has no owner."));
        flow.Approver.Decisions.Enqueue((true, "Fine as it is."));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.True(released);
        Assert.Single(memo.Versions); // the rework made no new version
        Assert.Single(flow.Observer.Steps, s => s.Actions.Any(a => a.Action == ActionIds.RequestApproval && a.Executed));
    }

    [Fact]
    public async Task RunAsync_RejectedAgainAfterAnAcceptanceWithCaveat_RecordsThatItStopsUnreleasedAndWhy()
    {
        using var flow = new FlowHarness(editEntry: entry => entry.Replace("options: [\"rework\", \"descope\"]", "options: [\"rework\", \"accept with recorded risk\"]", StringComparison.Ordinal));
        var run = await flow.MemoThroughItsReviewsAsync();
        for (var i = 0; i < 4; i++)
        {
            flow.Approver.Decisions.Enqueue((false, "Still not ready."));
        }

        flow.Approver.EscalationDecisions.Enqueue(new EscalationDecision("accept with recorded risk", "Known gap."));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.False(released);
        Assert.Equal(DeliverableStatus.Rejected, flow.Deliverable(Memo).Status);
        var stop = Assert.Single(flow.Observer.SystemEvents, e => e.Action == "approval");
        Assert.Equal(("stopped", $"Strategy memo stops unreleased: principal rejected version {flow.Deliverable(Memo).Current!.Number} again after esc-001 accepted it with a caveat."), (stop.Outcome, stop.Reason));
    }

    [Fact]
    public async Task RunAsync_RejectedToTheCapOfAGateThatDoesNotEscalate_RecordsThatItStopsUnreleasedAndWhy()
    {
        using var flow = new FlowHarness(delivery => delivery.Replace("    on_fail: escalate\n", "    on_fail: rework\n", StringComparison.Ordinal));
        var run = await flow.MemoThroughItsReviewsAsync();
        for (var i = 0; i < 3; i++)
        {
            flow.Approver.Decisions.Enqueue((false, "Still not ready."));
        }

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.False(released);
        Assert.Empty(flow.State.Escalations);
        var stop = Assert.Single(flow.Observer.SystemEvents, e => e.Action == "approval");
        Assert.Equal("Strategy memo stops unreleased: principal rejected it 3 times, the cap of principal_signoff, which does not escalate (on_fail: rework).", stop.Reason);
    }

    [Fact]
    public async Task RunAsync_InternalDeliverable_DoneWhenItsLastGatePassesWithoutRelease()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.False(scan.Type.ClientFacing);
        Assert.True(scan.Done);
        Assert.Null(scan.ReleasedHash);
    }
}
