using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// What an engagement's run came to, from its state: <c>declined</c> when nobody accepted it;
/// <c>completed</c> only when every client-facing deliverable was released, every internal one
/// passed its blocking gates, and no escalation waits for a decision; otherwise <c>incomplete</c>
/// (a descoped deliverable was not released, so a run with one is incomplete; summary.json says which).
/// </summary>
public static class RunOutcome
{
    /// <summary>The status word of a run whose engagement accepted intake.</summary>
    public const string Completed = "completed";

    /// <summary>Some deliverable is not done, or an escalation is unresolved.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>Nobody accepted the engagement.</summary>
    public const string Declined = "declined";

    /// <summary>The status word for <paramref name="state"/>.</summary>
    public static string Of(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.AcceptedBy is null)
        {
            return Declined;
        }

        return state.Deliverables.All(d => d.Done) && state.UnresolvedEscalations.Count == 0 ? Completed : Incomplete;
    }

    /// <summary>
    /// Why a run is not <c>completed</c>, one line per cause: a deliverable descoped (by whom, on which
    /// escalation, why), an escalation nobody decided, a deliverable not released or not through its
    /// gates. Empty for a completed or declined run.
    /// </summary>
    public static IReadOnlyList<string> Reasons(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.AcceptedBy is null)
        {
            return [];
        }

        var reasons = new List<string>();
        foreach (var deliverable in state.Deliverables.Where(d => !d.Done))
        {
            var descoping = state.Escalations
                .Where(e => e.DeliverableId == deliverable.Id)
                .Select(e => state.ResolutionOf(e.Id))
                .LastOrDefault(r => r?.Outcome == EscalationOutcome.Descope);
            reasons.Add(deliverable switch
            {
                { Descoped: true } when descoping is not null =>
                    $"{deliverable.Type.Name} was descoped by {descoping.DecidedBy} on {descoping.EscalationId} ({descoping.Option}): {descoping.Reason}",
                { OpenEscalation: { } open } => $"{deliverable.Type.Name} waits for a decision on escalation {open}.",
                { Type.ClientFacing: true } => $"{deliverable.Type.Name} was not released to the client (status {Word(deliverable.Status)}).",
                _ => $"{deliverable.Type.Name} did not pass its blocking gates (status {Word(deliverable.Status)}).",
            });
        }

        reasons.AddRange(state.UnresolvedEscalations
            .Where(e => e.DeliverableId is null || state.FindDeliverable(e.DeliverableId)?.OpenEscalation != e.Id)
            .Select(e => $"Escalation {e.Id} to {e.To} is undecided."));
        return reasons;
    }

    // As summary.json writes a status.
    private static string Word(DeliverableStatus status) => status.ToString().ToLowerInvariant();
}
