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
}
