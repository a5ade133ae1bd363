using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// What a decision on an escalation does, in words: the option's outcome (<see cref="EscalationOutcome"/>,
/// read from the option's first word) said for the deliverable and gate it is about. It travels with the
/// decision (the action's result, its audit entry, escalations/&lt;id&gt;.md, report.html), so a reader
/// learns what "decompose" or "accept with recorded risk" did here and never meets the engine's names for it.
/// </summary>
public static class EscalationEffect
{
    /// <summary>
    /// What <paramref name="outcome"/> does to <paramref name="deliverable"/> at <paramref name="gate"/>;
    /// <paramref name="assignee"/> is the new author of a reassignment, <paramref name="nextLevel"/> whom an
    /// escalation taken further goes to.
    /// </summary>
    public static string Describe(EscalationOutcome outcome, DeliverableState deliverable, GateDefinition gate, string? assignee, string? nextLevel)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(gate);
        var name = deliverable.Type.Name;
        var version = deliverable.Current is { } current ? $"version {current.Number} of {name}" : name;
        var deciders = string.Join(" or ", gate.Owners);
        return outcome switch
        {
            EscalationOutcome.MoreAttempts => Round(gate, deliverable.CurrentAuthor, name, deciders),
            EscalationOutcome.Reassign => $"{name} is reassigned: {Round(gate, assignee ?? deliverable.CurrentAuthor, "it", deciders)}",
            EscalationOutcome.AcceptWithCaveat when gate.Kind == GateKind.Approval =>
                $"{version} goes back to {deciders} once more with the decision's reason recorded as its caveat; rejected again, it stops unreleased",
            EscalationOutcome.AcceptWithCaveat => $"{version} goes on as if its blocking review gates had passed, with the decision's reason recorded as its caveat",
            EscalationOutcome.Descope => $"{name} is dropped from the engagement (descoped) and its chain stops",
            EscalationOutcome.EscalateFurther => $"the escalation goes one level up, to {nextLevel ?? "the next manager"}",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "An escalation outcome the engine does not know."),
        };
    }

    // Another round at the gate: the author reworks with the decision's reason as feedback, and the gate
    // (or the approver) judges again, as many times as the gate allows before it escalates once more.
    private static string Round(GateDefinition gate, string author, string what, string deciders) => gate switch
    {
        { Kind: GateKind.Approval } =>
            $"{author} reworks {what} with the decision's reason as feedback; it is reviewed again and goes back to {deciders}, and {gate.Id} gets {CountWords.Of(gate.MaxAttempts, "more attempt")} before it escalates again",
        { OnFail: FailAction.Escalate } =>
            $"{author} reworks {what} with the decision's reason as feedback, and a failure at {gate.Id} escalates again",
        _ => $"{author} reworks {what} with the decision's reason as feedback, and {gate.Id} gets {CountWords.Of(gate.MaxAttempts, "more attempt")} before it escalates again",
    };
}
