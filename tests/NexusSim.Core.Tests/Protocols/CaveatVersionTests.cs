using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// A caveat binds to the version an escalation accepted: the version carries it (summary.json's <c>caveats</c>,
/// the .docx and the caveats file all read <see cref="DeliverableState.CurrentWaivers"/>), a later version does not.
/// </summary>
public sealed class CaveatVersionTests
{
    private const string Caveat = "The East figure is unsourced; the client team knows.";

    private static FlowHarness Firm() => new(editEntry: entry => entry.Replace("options: [\"rework\", \"descope\"]",
        "options: [\"rework\", \"descope\", \"accept with recorded risk\"]", StringComparison.Ordinal));

    // The reviewer fails every version until the manager has decided (accepting with the caveat), then passes.
    private static async Task<DeliverableState> AcceptedWithCaveatAsync(FlowHarness flow)
    {
        flow.Turns.Script = turn => turn.EscalationId is not null
            ? [(ActionIds.ResolveEscalation, new() { [ActionArgs.EscalationId] = turn.EscalationId, [ActionArgs.Option] = "accept with recorded risk", [ActionArgs.Reason] = Caveat })]
            : turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, GoodScan.Replace("East", $"East ({turn.TurnId})", StringComparison.Ordinal))]
            : [Scripts.Verdict(turn, flow.State.Resolutions.Count > 0 ? "pass" : "needs_work")];
        var run = flow.Start(Scan, GoodScan);
        Assert.True(await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None));
        return flow.Deliverable(Scan);
    }

    [Fact]
    public async Task CurrentWaivers_VersionAcceptedWithCaveat_SummaryListsItAsTheWaiverLine()
    {
        using var flow = Firm();
        var scan = await AcceptedWithCaveatAsync(flow);

        var waiver = Assert.Single(scan.CurrentWaivers);
        var summary = DeliverableOutcome.Add(new DeliverableSummary { Id = scan.Id, Name = "n", Author = "a", Status = "s" }, scan, flow.State);

        Assert.Equal($"{waiver.EscalationId} ({waiver.DecidedBy}): {Caveat}", Assert.Single(summary.Caveats));
        Assert.Equal(waiver.Line, summary.Caveats[0]);
    }

    [Fact]
    public async Task CurrentWaivers_LaterVersionSubmittedAfterTheCaveat_NeitherItNorTheSummaryCarriesTheEarlierCaveat()
    {
        using var flow = Firm();
        var scan = await AcceptedWithCaveatAsync(flow);
        var accepted = scan.Current!.ContentHash;

        flow.Act(scan.CurrentAuthor, ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan.Replace("Three", "Four", StringComparison.Ordinal)));

        var summary = DeliverableOutcome.Add(new DeliverableSummary { Id = scan.Id, Name = "n", Author = "a", Status = "s" }, scan, flow.State);
        Assert.NotEqual(accepted, scan.Current!.ContentHash);
        Assert.Single(scan.Waivers);
        Assert.Empty(scan.CurrentWaivers);
        Assert.Empty(summary.Caveats);
        Assert.Single(summary.Escalations);
    }
}
