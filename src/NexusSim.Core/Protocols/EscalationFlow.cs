using System.Globalization;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Raises a gate escalation and has it decided: the author escalates to their manager with the
/// report; the manager decides in a turn through <c>resolve_escalation</c> (a human through the
/// approver); "escalate further" takes it one level up, at most <c>escalation.max_levels</c>.
/// Returns the final decision, or null when nobody decided (the escalation stays unresolved).
/// </summary>
internal sealed class EscalationFlow
{
    /// <summary>The task kind of an escalation turn (its prompt is prompts/tasks/resolve_escalation.md).</summary>
    public const string Task = ChainProtocol.EscalationTask;

    private readonly DeliverableRun _run;

    public EscalationFlow(DeliverableRun run) => _run = run;

    public async Task<EscalationResolution?> RunAsync(GateDefinition gate, CancellationToken cancellationToken)
    {
        var session = _run.Session;
        var deliverable = _run.Deliverable;
        var report = EscalationReportBuilder.Build(session.State, deliverable, gate, _run.Author, _run.CapOf(gate));
        var escalation = await RaiseAsync(report.From, report.Subject, EscalationReportBuilder.Render(report), gate.Id, null, cancellationToken).ConfigureAwait(false);
        if (escalation is not null)
        {
            // The action audited the report as written; the record keeps its parts, so the report is rendered from them once.
            escalation = session.State.AttachReport(escalation.Id, report);
        }

        for (var level = 0; escalation is not null && level <= session.State.Manifest.Escalation.MaxLevels; level++)
        {
            await DecideAsync(escalation, cancellationToken).ConfigureAwait(false);
            var resolution = session.State.ResolutionOf(escalation.Id);
            if (resolution is null)
            {
                await session.RecordSystemEventAsync(ActionIds.ResolveEscalation, "unresolved",
                    $"{escalation.To} did not decide {escalation.Id}; {deliverable.Type.Name} stops here.", deliverable.Id, _run.Lane, cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (resolution.Outcome != EscalationOutcome.EscalateFurther)
            {
                return resolution;
            }

            escalation = await RaiseAsync(escalation.To, escalation.Subject,
                $"{escalation.Reason}\n{escalation.To} escalated {escalation.Id} further: {resolution.Reason}", gate.Id, escalation.Id, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task<EscalationRecord?> RaiseAsync(string from, string subject, string reason, string gateId, string? continues, CancellationToken cancellationToken)
    {
        var session = _run.Session;
        var before = session.State.Escalations.Count;
        var args = new Dictionary<string, object?>
        {
            [ActionArgs.Subject] = subject,
            [ActionArgs.Reason] = reason,
            [ActionArgs.GateId] = gateId,
        };
        if (continues is not null)
        {
            args[ActionArgs.EscalationId] = continues;
        }

        var outcome = await session.InvokeAsync(from, ActionIds.Escalate, args, _run.Lane, cancellationToken).ConfigureAwait(false);
        var escalations = session.State.Escalations;
        if (!outcome.Executed || escalations.Count == before)
        {
            return null;
        }

        var escalation = escalations[^1];
        session.Metrics.AddEscalation();
        session.Observer.OnEscalation(escalation);
        return escalation;
    }

    private async Task DecideAsync(EscalationRecord escalation, CancellationToken cancellationToken)
    {
        var session = _run.Session;
        var receiver = session.State.Manifest.Actor(escalation.To);
        var report = EscalationReportBuilder.Render(escalation);
        if (receiver.IsHuman)
        {
            var decision = await session.Approver.DecideEscalationAsync(
                new EscalationDecisionRequest(receiver.Id, escalation, _run.Deliverable.Type.Name, report), cancellationToken).ConfigureAwait(false);
            if (decision is null)
            {
                return;
            }

            var args = new Dictionary<string, object?>
            {
                [ActionArgs.EscalationId] = escalation.Id,
                [ActionArgs.Option] = decision.Option,
                [ActionArgs.Reason] = decision.Reason,
            };
            if (decision.Assignee is not null)
            {
                args[ActionArgs.Assignee] = decision.Assignee;
            }

            var outcome = await session.InvokeAsync(receiver.Id, ActionIds.ResolveEscalation, args, _run.Lane, cancellationToken).ConfigureAwait(false);
            if (!outcome.Executed)
            {
                // The human's decision could not be carried out (an option or assignee the firm does not
                // have): the escalation stays open and the reason is on record for the person to fix.
                await session.RecordSystemEventAsync(ActionIds.ResolveEscalation, "refused",
                    $"{receiver.Id}'s decision on {escalation.Id} was not carried out: {outcome.Result}", _run.Deliverable.Id, _run.Lane, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // The attempt is the round: how many escalations this deliverable's gate has had, this one included.
        var round = session.State.Escalations.Count(e => e.DeliverableId == escalation.DeliverableId && e.GateId == escalation.GateId);
        var artifact = new ArtifactView(escalation.Id, $"Escalation report {escalation.Id}", escalation.Level, escalation.Id, report);
        var turnId = session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{_run.Deliverable.Id}-{escalation.Id}-{receiver.Id}"));
        await session.RunTurnAsync(
            new AgentTurn(turnId, receiver.Id, Task, StepMode.Plan, _run.Deliverable.Id, escalation.GateId, round, _run.Lane, null, [artifact], [])
            {
                EscalationId = escalation.Id,
            },
            cancellationToken).ConfigureAwait(false);
    }
}
