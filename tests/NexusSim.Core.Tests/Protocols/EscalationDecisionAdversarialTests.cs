using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>Attempts to decide an escalation outside the rules: each is refused and changes nothing.</summary>
public sealed class EscalationDecisionAdversarialTests
{
    private static (FlowHarness Flow, string Id) Escalated()
    {
        var flow = new FlowHarness();
        flow.Start(Scan, GoodScan);
        flow.Act("analyst", ActionIds.Escalate, (ActionArgs.Subject, Scan), (ActionArgs.Reason, "stuck"), (ActionArgs.GateId, "fact_check"));
        return (flow, flow.State.Escalations[^1].Id);
    }

    [Fact]
    public async Task ResolveEscalation_ActorWithoutTheGrant_DeniedByTheGuard()
    {
        var (flow, id) = Escalated();
        using var _ = flow;

        var outcome = await flow.InvokeAsync("editor", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "rework"), (ActionArgs.Reason, "mine now"));

        Assert.False(outcome.Executed);
        Assert.Null(flow.State.ResolutionOf(id));
    }

    [Fact]
    public void ResolveEscalation_OptionNotInTheManifest_RefusedNamingTheOptions()
    {
        var (flow, id) = Escalated();
        using var _ = flow;

        var refused = Assert.Throws<ActionArgumentException>(() =>
            flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "ship it anyway"), (ActionArgs.Reason, "deadline")));

        Assert.Contains("rework, descope", refused.Message, StringComparison.Ordinal);
        Assert.Null(flow.State.ResolutionOf(id));
    }

    [Fact]
    public void ResolveEscalation_GrantedActorWhoIsNotTheReceiver_Refused()
    {
        var (flow, id) = Escalated();
        using var _ = flow;

        Assert.Throws<ActionArgumentException>(() =>
            flow.Act("principal", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "rework"), (ActionArgs.Reason, "over your head")));

        Assert.Null(flow.State.ResolutionOf(id));
    }

    [Fact]
    public void ResolveEscalation_SecondDecision_RefusedAndTheFirstStands()
    {
        var (flow, id) = Escalated();
        using var _ = flow;
        flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "rework"), (ActionArgs.Reason, "again"));

        Assert.Throws<ActionArgumentException>(() =>
            flow.Act("lead", ActionIds.ResolveEscalation, (ActionArgs.EscalationId, id), (ActionArgs.Option, "descope"), (ActionArgs.Reason, "changed my mind")));

        Assert.Equal("rework", flow.State.ResolutionOf(id)!.Option);
        Assert.Single(flow.State.Resolutions);
    }

    [Fact]
    public void SubmitDeliverable_IdenticalContent_NoNewVersionAndThePassStands()
    {
        using var flow = new FlowHarness();
        flow.Start(Scan, GoodScan);
        var hash = flow.Deliverable(Scan).Current!.ContentHash;
        flow.Act("editor", ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"), (ActionArgs.VersionHash, hash),
            (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Checked ## Summary."));

        var result = flow.Act("analyst", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan));

        var scan = flow.Deliverable(Scan);
        Assert.StartsWith("No change", result, StringComparison.Ordinal);
        Assert.Single(scan.Versions);
        Assert.Equal(hash, scan.GatesPassedHash);
    }

    [Fact]
    public void SubmitDeliverable_ChangedContent_NewVersionClearsThePass()
    {
        using var flow = new FlowHarness();
        flow.Start(Scan, GoodScan);
        var hash = flow.Deliverable(Scan).Current!.ContentHash;
        flow.Act("editor", ActionIds.RecordGateVerdict, (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"), (ActionArgs.VersionHash, hash),
            (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Checked ## Summary."));

        flow.Act("analyst", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan + "\nOne more line.\n"));

        var scan = flow.Deliverable(Scan);
        Assert.Equal(2, scan.Versions.Count);
        Assert.False(scan.CurrentPassed);
        Assert.NotEqual(DeliverableStatus.GatesPassed, scan.Status);
    }
}
