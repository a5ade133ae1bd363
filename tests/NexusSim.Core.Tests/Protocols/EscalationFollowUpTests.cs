using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// What follows a decision: a reassignment binds separation of duties to every author the work has
/// had, a reassignment naming nobody goes to the chain's next agent, an acceptance at an approval gate
/// puts the version back before the human once, and an incomplete run says why.
/// </summary>
public sealed class EscalationFollowUpTests
{
    private const string Options = "options: [\"rework\", \"descope\", \"accept with recorded risk\", \"reassign\", \"escalate to the principal\"]";

    // Every outcome can be chosen, the analyst may review too, and nobody may record a verdict on work they wrote.
    private static FlowHarness Firm() => new(editEntry: entry => entry
        .Replace("actors: [lead, editor, principal]", "actors: [lead, analyst, editor, principal]", StringComparison.Ordinal)
        .Replace("options: [\"rework\", \"descope\"]", Options, StringComparison.Ordinal)
        .Replace("separation_of_duties:\n", "separation_of_duties:\n  - id: no_self_review\n    action: record_gate_verdict\n    actor_must_differ_from: author\n    reason: \"Nobody reviews their own work.\"\n", StringComparison.Ordinal));

    private static string Escalate(FlowHarness flow)
    {
        flow.Act("analyst", ActionIds.Escalate, (ActionArgs.Subject, Scan), (ActionArgs.Reason, "stuck"), (ActionArgs.GateId, "fact_check"));
        return flow.State.Escalations[^1].Id;
    }

    private static Task<ActionOutcome> VerdictAsync(FlowHarness flow, string reviewer) =>
        flow.InvokeAsync(reviewer, ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"),
            (ActionArgs.VersionHash, flow.Deliverable(Scan).Current!.ContentHash), (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Checked ## Summary."));

    [Fact]
    public async Task RecordGateVerdict_AfterReassignment_NeitherTheNewNorTheFormerAuthorMayReview()
    {
        using var flow = Firm();
        flow.Start(Scan, GoodScan);
        var id = Escalate(flow);
        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "reassign"), (ActionArgs.Reason, "fresh eyes"), (ActionArgs.Assignee, "lead"));

        var byNewAuthor = await VerdictAsync(flow, "lead");
        var byFormerAuthor = await VerdictAsync(flow, "analyst");
        var byOther = await VerdictAsync(flow, "editor");

        Assert.Equal(["analyst", "lead"], flow.Deliverable(Scan).Authors);
        Assert.Equal(("no_self_review", "no_self_review"), (byNewAuthor.RuleId, byFormerAuthor.RuleId));
        Assert.False(byNewAuthor.Executed);
        Assert.False(byFormerAuthor.Executed);
        Assert.True(byOther.Executed);
    }

    [Fact]
    public void ResolveEscalation_ReassignNamingNobody_RecordsTheChainsNextAgentWhoNeverWroteIt()
    {
        using var flow = Firm();
        flow.Start(Scan, GoodScan);
        var id = Escalate(flow);

        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "reassign"), (ActionArgs.Reason, "fresh eyes"));

        // scan_chain has no edit step: its first agent who is not the author (lead) takes it over.
        Assert.Equal("lead", flow.State.ResolutionOf(id)!.Assignee);
        Assert.Equal("lead", flow.Deliverable(Scan).CurrentAuthor);
    }

    [Fact]
    public void ResolveEscalation_ReassignWhenEveryAgentOfTheChainWroteIt_RefusedAndNothingDecided()
    {
        using var flow = Firm();
        flow.Start(Scan, GoodScan);
        var first = Escalate(flow);
        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, first), (ActionArgs.Option, "reassign"), (ActionArgs.Reason, "fresh eyes"), (ActionArgs.Assignee, "lead"));
        flow.Act("lead", ActionIds.Escalate, (ActionArgs.Subject, Scan), (ActionArgs.Reason, "stuck again"), (ActionArgs.GateId, "fact_check"));
        var second = flow.State.Escalations[^1];
        flow.Act("editor", ActionIds.Escalate, (ActionArgs.Subject, Scan), (ActionArgs.Reason, "and again"), (ActionArgs.GateId, "fact_check"));
        flow.Act(second.To, ActionIds.ResolveEscalation, (ActionArgs.EscalationId, second.Id), (ActionArgs.Option, "reassign"), (ActionArgs.Reason, "yours"), (ActionArgs.Assignee, "editor"));
        var third = flow.State.Escalations[^1];

        var refused = Assert.Throws<ActionArgumentException>(() =>
            flow.Act(third.To, ActionIds.ResolveEscalation, (ActionArgs.EscalationId, third.Id), (ActionArgs.Option, "reassign"), (ActionArgs.Reason, "someone else")));

        Assert.Contains("name an assignee or choose another option", refused.Message, StringComparison.Ordinal);
        Assert.Null(flow.State.ResolutionOf(third.Id));
    }

    [Fact]
    public async Task ApprovalFlow_EscalationAcceptedWithCaveat_HumanDecidesOnceMoreAndTheVersionIsReleased()
    {
        using var flow = Firm();
        var run = await flow.MemoThroughItsReviewsAsync();
        for (var i = 0; i < 3; i++)
        {
            flow.Approver.Decisions.Enqueue((false, "Still not ready."));
        }

        flow.Approver.EscalationDecisions.Enqueue(new EscalationDecision("accept with recorded risk", "The pilot owner is named in the cover note."));
        flow.Approver.Decisions.Enqueue((true, "Released with the caveat."));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        var memo = flow.Deliverable(Memo);
        Assert.True(released);
        Assert.Equal(DeliverableStatus.Released, memo.Status);
        Assert.Equal(4, flow.Approver.Shown.Count);
        Assert.Contains("The pilot owner is named in the cover note.", Assert.Single(flow.Approver.Shown[^1].Caveats), StringComparison.Ordinal);
        Assert.Empty(flow.Approver.Shown[0].Caveats);
        Assert.Equal(EscalationOutcome.AcceptWithCaveat, flow.State.ResolutionOf(Assert.Single(flow.State.Escalations).Id)!.Outcome);
    }

    [Fact]
    public async Task ApprovalFlow_HumanRejectsAgainAfterTheAcceptance_StopsWithoutAnotherEscalation()
    {
        using var flow = Firm();
        var run = await flow.MemoThroughItsReviewsAsync();
        for (var i = 0; i < 4; i++)
        {
            flow.Approver.Decisions.Enqueue((false, "Still not ready."));
        }

        flow.Approver.EscalationDecisions.Enqueue(new EscalationDecision("accept with recorded risk", "Good enough for a draft."));

        var released = await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        Assert.False(released);
        Assert.Null(flow.Deliverable(Memo).ReleasedHash);
        Assert.Equal(4, flow.Approver.Shown.Count);
        Assert.Single(flow.State.Escalations);
    }

    [Fact]
    public async Task Reasons_DescopedDeliverable_NamesWhoDescopedItOnWhichEscalationAndWhy()
    {
        using var flow = Firm();
        var run = await flow.MemoThroughItsReviewsAsync();
        for (var i = 0; i < 3; i++)
        {
            flow.Approver.Decisions.Enqueue((false, "Still not ready."));
        }

        flow.Approver.EscalationDecisions.Enqueue(new EscalationDecision("descope", "The client withdrew the question."));

        await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);

        var reasons = RunOutcome.Reasons(flow.State);
        Assert.Equal(RunOutcome.Incomplete, RunOutcome.Of(flow.State));
        Assert.Contains(reasons, r => r.StartsWith("Strategy memo was descoped by principal on esc-001 (descope): The client withdrew the question.", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EarlierEscalation_ShowsOnlyWhatHappenedBeforeItWasRaised()
    {
        using var flow = Firm();
        flow.Start(Scan, GoodScan);
        NeedsWork(flow, "the first review");
        var first = Escalate(flow);
        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, first), (ActionArgs.Option, "rework"), (ActionArgs.Reason, "one more round"));
        flow.Act("analyst", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan.Replace("East", "East and West", StringComparison.Ordinal)));
        NeedsWork(flow, "the second review");
        var second = Escalate(flow);
        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, second), (ActionArgs.Option, "descope"), (ActionArgs.Reason, "not worth it"));

        var earlier = EscalationMarkdown.Render(flow.State, flow.State.FindEscalation(first)!);
        var later = EscalationMarkdown.Render(flow.State, flow.State.FindEscalation(second)!);

        Assert.Contains("the first review", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain("the second review", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain("- v2 by", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain($"Decision on {second}", earlier, StringComparison.Ordinal);
        Assert.Contains("lead chose **rework**", earlier, StringComparison.Ordinal);
        Assert.Contains("the second review", later, StringComparison.Ordinal);
        Assert.Contains("- v2 by analyst", later, StringComparison.Ordinal);
        Assert.Contains($"- Decision on {first} by lead: rework", later, StringComparison.Ordinal);
    }

    private static void NeedsWork(FlowHarness flow, string evidence) =>
        flow.Act("editor", ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"),
            (ActionArgs.VersionHash, flow.Deliverable(Scan).Current!.ContentHash), (ActionArgs.Verdict, "needs_work"), (ActionArgs.Evidence, evidence),
            (ActionArgs.Issues, $"- [review] Not yet: {evidence} \"Summary\""));

}
