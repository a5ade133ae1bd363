using System.Globalization;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Parallel workstreams: after intake, each deliverable of the service line walks its chain on its
/// own lane of the simulated clock (forked from intake's), so independent workstreams overlap in
/// simulated time while sharing the engagement's glossary and fact base. Then an integration pass
/// joins the lanes and records the state of every workstream. Turns run one after another in a fixed
/// order, so a run is reproducible; only simulated time overlaps.
/// </summary>
public sealed class ParallelProtocol : IProtocol
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "parallel";

    /// <summary>The system event that joins the workstreams.</summary>
    public const string IntegrationEvent = "integration";

    /// <inheritdoc />
    public string Name => ProtocolName;

    /// <summary>The lane of a deliverable's workstream.</summary>
    public static string LaneOf(string deliverableId) => "ws-" + deliverableId;

    /// <inheritdoc />
    public async Task RunAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await ChainProtocol.IntakeAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var lanes = new List<string>();
        foreach (var deliverable in session.State.Deliverables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lane = LaneOf(deliverable.Id);
            session.Clock.Fork(ChainProtocol.Lane, lane);
            lanes.Add(lane);
            await ChainProtocol.RunChainAsync(session, deliverable, new ChainPass(lane), cancellationToken).ConfigureAwait(false);
        }

        session.Clock.Join(lanes, ChainProtocol.Lane);
        var states = session.State.Deliverables.Select(d => d.Current is null
            ? $"{d.Id}: no draft"
            : string.Create(CultureInfo.InvariantCulture, $"{d.Id}: v{d.Current.Number}{(d.CurrentPassed ? " gates passed" : string.Empty)}{(d.ReleasedHash is null ? string.Empty : ", released")}"));
        await session.RecordSystemEventAsync(IntegrationEvent, "joined",
            string.Create(CultureInfo.InvariantCulture, $"{lanes.Count} workstream(s) joined: {string.Join("; ", states)}."),
            session.State.ServiceLine.Id, ChainProtocol.Lane, cancellationToken).ConfigureAwait(false);
    }
}
