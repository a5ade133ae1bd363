using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The manifest's standard chains: intake, then each deliverable of the service line in order,
/// step by step along its chain. Each turn gets scoped context: the handoff from the previous
/// step and only the deliverable it works on, never the whole history.
/// </summary>
public sealed class ChainProtocol : IProtocol
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "chain";

    /// <summary>The task kind of the intake turn (its prompt is prompts/tasks/intake.md).</summary>
    public const string IntakeTask = IntakeStep.Task;

    /// <summary>The task kind of an escalation turn (its prompt is prompts/tasks/resolve_escalation.md).</summary>
    public const string EscalationTask = "resolve_escalation";

    /// <summary>The lane of the simulated clock the chain runs on (intake runs there under every protocol).</summary>
    internal const string Lane = "main";

    /// <inheritdoc />
    public string Name => ProtocolName;

    /// <inheritdoc />
    public async Task RunAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await IntakeAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var pass = new ChainPass(Lane);
        foreach (var deliverable in session.State.Deliverables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RunChainAsync(session, deliverable, pass, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The intake turn; false when the engagement was declined.</summary>
    internal static async Task<bool> IntakeAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        var intake = IntakeStep.Find(session.State);
        if (intake is null)
        {
            await session.RecordSystemEventAsync(ActionIds.AcceptEngagement, "declined",
                IntakeStep.DeclineReason(session.State)!, session.State.ServiceLine.Id, Lane, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var turn = new AgentTurn(session.NextStepKey($"intake-{intake}"), intake, IntakeStep.Task, StepMode.Plan, string.Empty, null, 1, Lane, null, [], []);
        await session.RunTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        if (session.State.AcceptedBy is not null)
        {
            return true;
        }

        await session.RecordSystemEventAsync(ActionIds.AcceptEngagement, "declined",
            IntakeStep.DeclineReason(session.State)!, session.State.ServiceLine.Id, Lane, cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>
    /// Walks <paramref name="deliverable"/> along its chain as <paramref name="pass"/> says. Returns where
    /// the walk stopped when the pass stops before the human's approval step, else null.
    /// </summary>
    internal static async Task<ChainRest?> RunChainAsync(EngagementSession session, DeliverableState deliverable, ChainPass pass, CancellationToken cancellationToken)
    {
        var chain = session.State.Manifest.Chain(deliverable.Type.Chain);
        chain = pass.Chain?.Invoke(chain, deliverable) ?? chain;
        var run = new DeliverableRun(session, chain, deliverable, pass.Lane);
        return await WalkAsync(new ChainRest(run, 0, null, false), pass, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Walks the rest of a chain a pass stopped before its approval step, to its end.</summary>
    internal static async Task ContinueChainAsync(ChainRest rest, ChainPass pass, CancellationToken cancellationToken) =>
        await WalkAsync(rest, pass with { StopBeforeApproval = false }, cancellationToken).ConfigureAwait(false);

    private static async Task<ChainRest?> WalkAsync(ChainRest from, ChainPass pass, CancellationToken cancellationToken)
    {
        var run = from.Run;
        var session = run.Session;
        var deliverable = run.Deliverable;
        var chain = run.Chain;
        var lane = run.Lane;
        var reviewed = from.Reviewed;
        var handoff = from.Handoff;
        for (var i = from.StepIndex; i < chain.Steps.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = chain.Steps[i];
            var next = i + 1 < chain.Steps.Count ? chain.Steps[i + 1] : null;
            var human = session.State.Manifest.Actor(step.Actor).IsHuman;
            if (pass.StopBeforeApproval && human && step.Mode == StepMode.Approve)
            {
                return new ChainRest(run, i, handoff, reviewed);
            }

            bool goOn;
            if (step.Mode == StepMode.Review && !reviewed)
            {
                reviewed = true;
                if (pass.BeforeReview is { } before && deliverable.Current is not null)
                {
                    await before(run, cancellationToken).ConfigureAwait(false);
                }
            }

            switch (step.Mode)
            {
                case StepMode.Review:
                    goOn = await new ReviewGateRunner(run).RunAsync(i, cancellationToken).ConfigureAwait(false);
                    break;
                case StepMode.Approve when human:
                    goOn = await new ApprovalFlow(run).RunAsync(i, cancellationToken).ConfigureAwait(false);
                    break;
                case not StepMode.Approve when human:
                    // Validation rejects a human in a plan, author or edit step; a run never asks a human for a turn.
                    await session.RecordSystemEventAsync("chain_step", "skipped", $"{step.Actor} is a human and takes no {step.Mode.ToString().ToLowerInvariant()} turn.", deliverable.Id, lane, cancellationToken).ConfigureAwait(false);
                    goOn = step.Mode != StepMode.Author;
                    break;
                default:
                    var result = await session.RunTurnAsync(NewTurn(session, deliverable, step, next, handoff, pass), cancellationToken).ConfigureAwait(false);
                    if (step.Mode is StepMode.Author && deliverable.Current is null)
                    {
                        await session.RecordSystemEventAsync("chain_step", "failed", $"{step.Actor} submitted no draft of {deliverable.Type.Name}.", deliverable.Id, lane, cancellationToken).ConfigureAwait(false);
                        return null;
                    }

                    handoff = HandoffParser.Parse(session.State.Manifest, step, next?.Actor ?? step.Actor, deliverable.Id, result.Text);
                    run.Actions.RecordHandoff(handoff);
                    goOn = true;
                    break;
            }

            if (!goOn)
            {
                return null;
            }
        }

        if (!deliverable.Type.ClientFacing && deliverable.CurrentPassed)
        {
            await session.RecordSystemEventAsync("deliverable_done", "done",
                $"{deliverable.Type.Name} is internal: done once its last gate passed on version {deliverable.Current!.Number}; no release needed.", deliverable.Id, lane, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static AgentTurn NewTurn(EngagementSession session, DeliverableState deliverable, ChainStep step, ChainStep? next, HandoffRecord? handoff, ChainPass pass)
    {
        var artifacts = step.Mode is StepMode.Plan or StepMode.Author || deliverable.Current is null
            ? []
            : new[] { new ArtifactView(deliverable.Id, deliverable.Type.Name, deliverable.Current.Number, deliverable.Current.ContentHash, deliverable.Current.Markdown) };
        var turnId = session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{deliverable.Id}-{step.Task}-{step.Actor}"));
        return new AgentTurn(turnId, step.Actor, step.Task, step.Mode, deliverable.Id, null, 1, pass.Lane, handoff, artifacts, []) { Next = next?.Actor };
    }
}
