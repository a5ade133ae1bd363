using System.Globalization;
using NexusSim.Core.Manifest;
using static NexusSim.Core.Engagements.ArgumentReader;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The bodies of <c>escalate</c> and <c>resolve_escalation</c>: raising a problem to the actor's
/// manager (at most <c>escalation.max_levels</c> levels up), and deciding it with one of the
/// manifest's options. Bad arguments throw <see cref="ActionArgumentException"/> and change nothing.
/// </summary>
internal sealed class EscalationActions
{
    private readonly EngagementState _state;

    public EscalationActions(EngagementState state) => _state = state;

    public (string, string?) Escalate(string actor, IReadOnlyDictionary<string, object?> args, StepRecorder recorder)
    {
        var subject = Text(args, ActionArgs.Subject);
        var reason = Text(args, ActionArgs.Reason);
        var gateId = OptionalText(args, ActionArgs.GateId);
        var continued = OptionalText(args, ActionArgs.EscalationId) is { } id
            ? _state.FindEscalation(id) ?? throw new ActionArgumentException($"There is no escalation '{id}' to take further.")
            : null;
        var to = OptionalText(args, ActionArgs.Assignee) ?? _state.Manifest.Actor(actor).ReportsTo
            ?? throw new ActionArgumentException($"{actor} reports to no one; there is nobody above to escalate to. Decide it yourself.");
        if (_state.Manifest.FindActor(to) is null)
        {
            throw new ActionArgumentException($"'{to}' is not an actor of this firm.");
        }

        var level = (continued?.Level ?? 0) + 1;
        if (level > _state.Manifest.Escalation.MaxLevels)
        {
            throw new ActionArgumentException(Invariant($"Escalation {continued!.Id} is at level {continued.Level}, the firm's max_levels; it cannot climb further. Decide it with another option."));
        }

        var deliverable = gateId is null ? null : _state.FindDeliverable(continued?.DeliverableId ?? subject)
            ?? throw new ActionArgumentException($"A gate escalation's subject must be a deliverable of this engagement, not '{subject}'.");
        if (gateId is not null && !deliverable!.Type.Gates.Contains(gateId, StringComparer.Ordinal))
        {
            throw new ActionArgumentException($"{deliverable.Type.Name} does not pass gate '{gateId}'.");
        }

        var history = continued?.AttemptHistory ?? [];
        var recorded = _state.AddEscalation(new EscalationRecord(actor, to, subject, reason, history, continued?.RootCause ?? reason, _state.Manifest.Escalation.Options)
        {
            GateId = gateId,
            DeliverableId = deliverable?.Id,
            Level = level,
            Continues = continued?.Id,
        });
        // The full record goes into the audit: the report as written, and where it sits in the chain of escalations.
        recorder.Record(actor, "escalation_report", "executed", reason, subject, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["escalation_id"] = recorded.Id,
            ["level"] = level.ToString(CultureInfo.InvariantCulture),
            ["gate_id"] = gateId ?? string.Empty,
            ["continues"] = continued?.Id ?? string.Empty,
            ["options"] = string.Join("; ", recorded.Options),
        }, to);
        return (Invariant($"Escalated '{subject}' to {to} as {recorded.Id} (level {level})."), subject);
    }

    public (string, string?) Resolve(string actor, IReadOnlyDictionary<string, object?> args, StepRecorder recorder)
    {
        var id = Text(args, ActionArgs.EscalationId);
        var escalation = _state.FindEscalation(id) ?? throw new ActionArgumentException($"There is no escalation '{id}'.");
        if (!escalation.NeedsDecision)
        {
            throw new ActionArgumentException($"Escalation {id} is a notice of a denied action; it needs no decision.");
        }

        if (escalation.To != actor)
        {
            throw new ActionArgumentException($"Escalation {id} was raised to {escalation.To}; only {escalation.To} decides it.");
        }

        if (_state.ResolutionOf(id) is { } earlier)
        {
            throw new ActionArgumentException($"Escalation {id} was already decided by {earlier.DecidedBy} ({earlier.Option}).");
        }

        var optionText = Text(args, ActionArgs.Option);
        var option = _state.Manifest.Escalation.Options.FirstOrDefault(o => string.Equals(o.Trim(), optionText.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ActionArgumentException($"'{optionText}' is not an escalation option of this firm; choose one of: {string.Join(", ", _state.Manifest.Escalation.Options)}.");
        var outcome = EscalationOptions.Map(option)
            ?? throw new ActionArgumentException($"The engine cannot act on option '{option}'.");
        if (outcome == EscalationOutcome.EscalateFurther
            && (escalation.Level >= _state.Manifest.Escalation.MaxLevels || _state.Manifest.Actor(actor).ReportsTo is null))
        {
            throw new ActionArgumentException(Invariant($"Escalation {id} cannot climb further (level {escalation.Level} of max_levels {_state.Manifest.Escalation.MaxLevels}, or {actor} reports to no one); choose another option."));
        }

        var assignee = OptionalText(args, ActionArgs.Assignee);
        if (assignee is not null && _state.Manifest.FindActor(assignee) is not { IsHuman: false })
        {
            throw new ActionArgumentException($"'{assignee}' is not an agent of this firm; a reassignment goes to an agent who can write the deliverable.");
        }

        if (outcome == EscalationOutcome.Reassign)
        {
            assignee ??= DefaultAssignee(_state.FindDeliverable(escalation.DeliverableId!)!);
        }

        var reason = Text(args, ActionArgs.Reason);
        var deliverable = _state.FindDeliverable(escalation.DeliverableId!)!;
        var effect = EscalationEffect.Describe(outcome, deliverable, _state.Manifest.Gate(escalation.GateId!), assignee, _state.Manifest.Actor(actor).ReportsTo);
        var resolution = new EscalationResolution(id, actor, option, outcome, reason, outcome == EscalationOutcome.Reassign ? assignee : null) { Effect = effect };
        _state.Resolve(escalation, resolution);
        recorder.Record(actor, "escalation_decision", "executed", reason, escalation.Subject, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["escalation_id"] = id,
            ["option"] = option,
            ["outcome"] = EscalationOutcomeIds.Of(outcome),
            ["effect"] = effect,
            ["assignee"] = resolution.Assignee ?? string.Empty,
        });
        return (Invariant($"Decided {id}: {option}, so {effect}. Reason: {reason}"), escalation.Subject);
    }

    // A reassignment naming nobody goes to the first agent of the deliverable's chain, edit steps
    // first, who has never been its author; the decision is refused when the chain has nobody left.
    private string DefaultAssignee(DeliverableState deliverable)
    {
        var manifest = _state.Manifest;
        var steps = manifest.Chains.FirstOrDefault(c => c.Id == deliverable.Type.Chain)?.Steps ?? [];
        return steps.Where(s => s.Mode == StepMode.Edit).Concat(steps.Where(s => s.Mode != StepMode.Edit))
            .SelectMany(s => s.Actors)
            .FirstOrDefault(a => manifest.FindActor(a) is { IsHuman: false } && !deliverable.Authors.Contains(a, StringComparer.Ordinal))
            ?? throw new ActionArgumentException($"Nobody in {deliverable.Type.Name}'s chain who has not already written it can take it over; name an assignee or choose another option.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
