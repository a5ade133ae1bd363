using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Parallel workstreams: after intake, each deliverable of the service line walks its chain up to its
/// human approval step on its own lane of the simulated clock (forked from intake's), so independent
/// workstreams overlap in simulated time while sharing the engagement's glossary and fact base. Then an
/// integration pass joins the lanes: the integrator (see <see cref="IntegratorOf"/>) takes one agent
/// turn that reads every workstream's current version. Then each workstream finishes its chain (the
/// human's approval) on its own lane again, from the integration's end; the approvals queue for the
/// human's working time. Turns run one after another in a fixed order, so a run is reproducible; only
/// simulated time overlaps.
/// </summary>
public sealed class ParallelProtocol : IProtocol
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "parallel";

    /// <summary>The audit record of the integration pass: <c>integrated</c> after the integrator's turn, <c>skipped</c> when no agent can integrate.</summary>
    public const string IntegrationEvent = "integration";

    /// <summary>The task kind of the integration turn (prompts/tasks/integrate.md).</summary>
    public const string IntegrateTask = "integrate";

    /// <inheritdoc />
    public string Name => ProtocolName;

    /// <inheritdoc />
    public IReadOnlyList<ProtocolTask> Tasks { get; } = [new(IntegrateTask, StepMode.Review)];

    /// <summary>The lane of a deliverable's workstream.</summary>
    public static string LaneOf(string deliverableId) => "ws-" + deliverableId;

    /// <summary>
    /// The integrator: the agent who takes the most plan steps across the chains of the service line's
    /// deliverables (the engagement's manager by the manifest's own chains; on a tie, the first met in
    /// deliverable and step order); null when no chain has an agent's plan step.
    /// </summary>
    public static string? IntegratorOf(FirmManifest manifest, IEnumerable<DeliverableState> deliverables)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(deliverables);
        var planners = deliverables
            .SelectMany(d => manifest.Chain(d.Type.Chain).Steps)
            .Where(s => s.Mode == StepMode.Plan && manifest.FindActor(s.Actor) is { IsHuman: false })
            .Select(s => s.Actor)
            .ToList();
        return planners.Count == 0 ? null : planners.GroupBy(a => a, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
    }

    /// <inheritdoc />
    public async Task RunAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await ChainProtocol.IntakeAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var lanes = new List<string>();
        var rests = new List<(ChainRest Walk, ChainPass Pass)>();
        foreach (var deliverable in session.State.Deliverables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lane = LaneOf(deliverable.Id);
            session.Clock.Fork(ChainProtocol.Lane, lane);
            lanes.Add(lane);
            var pass = new ChainPass(lane) { StopBeforeApproval = true };
            if (await ChainProtocol.RunChainAsync(session, deliverable, pass, cancellationToken).ConfigureAwait(false) is { } rest)
            {
                rests.Add((rest, pass));
            }
        }

        session.Clock.Join(lanes, ChainProtocol.Lane);
        await IntegrateAsync(session, cancellationToken).ConfigureAwait(false);
        foreach (var (walk, pass) in rests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Clock.Join([ChainProtocol.Lane], pass.Lane);
            await ChainProtocol.ContinueChainAsync(walk, pass, cancellationToken).ConfigureAwait(false);
        }

        session.Clock.Join(lanes, ChainProtocol.Lane);
    }

    // The integration pass: one turn of the integrator over every workstream's current version.
    private static async Task IntegrateAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        var state = session.State;
        var integrator = IntegratorOf(state.Manifest, state.Deliverables);
        var artifacts = state.Deliverables.Where(d => d.Current is not null)
            .Select(d => new ArtifactView(d.Id, d.Type.Name, d.Current!.Number, d.Current.ContentHash, d.Current.Markdown))
            .ToList();
        if (integrator is null || artifacts.Count == 0)
        {
            var why = integrator is null ? "no chain has an agent's plan step, so no agent integrates the workstreams" : "no workstream has a version to integrate";
            await session.RecordSystemEventAsync(IntegrationEvent, "skipped",
                $"{CountWords.Of(state.Deliverables.Count, "workstream")} joined; {why}.", state.ServiceLine.Id, ChainProtocol.Lane, cancellationToken).ConfigureAwait(false);
            return;
        }

        var turnId = session.NextStepKey($"{IntegrateTask}-{integrator}");
        var result = await session.RunTurnAsync(new AgentTurn(turnId, integrator, IntegrateTask, StepMode.Review, string.Empty, null, 1, ChainProtocol.Lane, null, artifacts, []), cancellationToken).ConfigureAwait(false);
        var states = artifacts.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.DeliverableId} v{a.Version}"));
        var note = result.Text.Split('\n', 2)[0].Trim();
        await session.RecordSystemEventAsync(IntegrationEvent, "integrated",
            string.Create(CultureInfo.InvariantCulture, $"{integrator} read {CountWords.Of(artifacts.Count, "workstream")} in turn {turnId} ({string.Join(", ", states)}): {(note.Length > 200 ? note[..200] : note)}"),
            state.ServiceLine.Id, ChainProtocol.Lane, cancellationToken).ConfigureAwait(false);
    }
}
