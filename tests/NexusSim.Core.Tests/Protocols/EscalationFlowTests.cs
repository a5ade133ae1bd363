using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>A gate that never passes escalates at its cap to the author's manager, who decides; the run follows the decision.</summary>
public sealed class EscalationFlowTests
{
    // The tiny firm's options, extended so every outcome can be chosen.
    private static FlowHarness Firm() => new(editEntry: entry => entry.Replace("options: [\"rework\", \"descope\"]",
        "options: [\"rework\", \"descope\", \"accept with recorded risk\", \"reassign\", \"escalate to the principal\"]", StringComparison.Ordinal));

    // The reviewer fails every version until the manager has decided, then passes.
    private static void NeverPassUntilDecided(FlowHarness flow, Func<AgentTurn, (string, Dictionary<string, object?>)> decide) =>
        flow.Turns.Script = turn => turn.EscalationId is not null ? [decide(turn)]
            : turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, GoodScan.Replace("East", $"East ({turn.TurnId})", StringComparison.Ordinal))]
            : [Scripts.Verdict(turn, flow.State.Resolutions.Count > 0 ? "pass" : "needs_work")];

    [Fact]
    public async Task RunAsync_ManagerChoosesMoreAttempts_AuthorReworksWithTheDecisionAndTheGatePasses()
    {
        using var flow = Firm();
        NeverPassUntilDecided(flow, turn => Scripts.Resolve(turn, "rework"));
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var escalation = Assert.Single(flow.State.Escalations);
        Assert.True(passed);
        Assert.Equal(("analyst", "lead"), (escalation.From, escalation.To));
        Assert.Equal(EscalationOutcome.MoreAttempts, flow.State.ResolutionOf(escalation.Id)!.Outcome);
        Assert.Contains(flow.Turns.Ran, t => t.Mode == StepMode.Edit && t.Feedback.Any(i => i.Message.Contains(escalation.Id, StringComparison.Ordinal)));
        Assert.Empty(flow.State.UnresolvedEscalations);
    }

    [Fact]
    public async Task RunAsync_ManagerDescopes_DeliverableDescopedAndTheRunIncomplete()
    {
        using var flow = Firm();
        NeverPassUntilDecided(flow, turn => Scripts.Resolve(turn, "descope"));
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        Assert.False(passed);
        Assert.Equal(DeliverableStatus.Descoped, flow.Deliverable(Scan).Status);
        Assert.Equal(RunOutcome.Incomplete, RunOutcome.Of(flow.State));
    }

    [Fact]
    public async Task RunAsync_ManagerAcceptsWithCaveat_VersionCountsAsPassedWithTheCaveatRecorded()
    {
        using var flow = Firm();
        NeverPassUntilDecided(flow, turn => Scripts.Resolve(turn, "accept with recorded risk"));
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.True(passed);
        Assert.Equal(scan.Current!.ContentHash, Assert.Single(scan.Waivers).VersionHash);
        Assert.Equal(DeliverableStatus.GatesPassed, scan.Status);
        Assert.DoesNotContain(scan.Verdicts, v => v.Verdict == GateVerdict.Pass);
    }

    [Fact]
    public async Task RunAsync_ManagerReassigns_TheNamedAgentReworks()
    {
        using var flow = Firm();
        NeverPassUntilDecided(flow, turn => Scripts.Resolve(turn, "reassign", "lead"));
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var afterDecision = flow.Turns.Ran.SkipWhile(t => t.EscalationId is null).Skip(1).First(t => t.Mode == StepMode.Edit);
        Assert.Equal("lead", afterDecision.ActorId);
    }

    [Fact]
    public async Task RunAsync_ManagerEscalatesFurther_HumanAtTheNextLevelDecidesThroughTheApprover()
    {
        using var flow = Firm();
        NeverPassUntilDecided(flow, turn => Scripts.Resolve(turn, "escalate to the principal"));
        flow.Approver.EscalationDecisions.Enqueue(new EscalationDecision("descope", "Not worth another round."));
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var escalations = flow.State.Escalations;
        Assert.False(passed);
        Assert.Equal(2, escalations.Count);
        Assert.Equal(("lead", "principal", 2, escalations[0].Id), (escalations[1].From, escalations[1].To, escalations[1].Level, escalations[1].Continues));
        Assert.Equal("principal", flow.State.ResolutionOf(escalations[1].Id)!.DecidedBy);
        Assert.Equal("principal", Assert.Single(flow.Approver.EscalationsShown).DeciderId);
        Assert.DoesNotContain(flow.Turns.Ran, t => t.ActorId == "principal");
    }

    [Fact]
    public async Task RunAsync_HumanDecidesNothing_EscalationStaysUnresolvedAndTheRunIncomplete()
    {
        using var flow = Firm();
        NeverPassUntilDecided(flow, turn => Scripts.Resolve(turn, "escalate to the principal"));
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        Assert.Single(flow.State.UnresolvedEscalations);
        Assert.Equal(DeliverableStatus.Escalated, flow.Deliverable(Scan).Status);
        Assert.Equal(RunOutcome.Incomplete, RunOutcome.Of(flow.State));
    }

    [Fact]
    public async Task ResolveEscalation_EscalateFurtherAtMaxLevels_RefusedAndNothingDecided()
    {
        using var flow = Firm();
        flow.Start(Scan, GoodScan);
        var first = flow.State.Escalations.Count;
        flow.Act("analyst", ActionIds.Escalate, (ActionArgs.Subject, Scan), (ActionArgs.Reason, "stuck"), (ActionArgs.GateId, "fact_check"));
        var level1 = flow.State.Escalations[first];
        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, level1.Id), (ActionArgs.Option, "escalate to the principal"), (ActionArgs.Reason, "up"));
        flow.Act("lead", ActionIds.Escalate, (ActionArgs.Subject, Scan), (ActionArgs.Reason, "still stuck"), (ActionArgs.GateId, "fact_check"), (ActionArgs.EscalationId, level1.Id));
        var level2 = flow.State.Escalations[^1];

        var refused = Assert.Throws<ActionArgumentException>(() =>
            flow.Act("principal", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, level2.Id), (ActionArgs.Option, "escalate to the principal"), (ActionArgs.Reason, "up again")));

        Assert.Equal(2, level2.Level); // the tiny firm's max_levels
        Assert.Contains("max_levels", refused.Message, StringComparison.Ordinal);
        Assert.Null(flow.State.ResolutionOf(level2.Id));
    }
}
