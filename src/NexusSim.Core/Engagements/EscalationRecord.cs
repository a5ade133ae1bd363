namespace NexusSim.Core.Engagements;

/// <summary>
/// An escalation report: what was tried, the root cause, the options and who decides.
/// </summary>
/// <param name="From">Actor id who escalated (or whose denial was escalated).</param>
/// <param name="To">Actor id who must decide.</param>
/// <param name="Subject">What it is about (a deliverable id, an action).</param>
/// <param name="Reason">Why it was escalated.</param>
/// <param name="AttemptHistory">One line per attempt.</param>
/// <param name="RootCause">The likely root cause.</param>
/// <param name="Options">Options offered to the decision-maker.</param>
public sealed record EscalationRecord(
    string From,
    string To,
    string Subject,
    string Reason,
    IReadOnlyList<string> AttemptHistory,
    string RootCause,
    IReadOnlyList<string> Options)
{
    /// <summary>The escalation's id within the run (<c>esc-001</c>, ...), given when it is recorded.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The gate whose cap or failure raised it, or null for an escalated denial.</summary>
    public string? GateId { get; init; }

    /// <summary>The deliverable it is about, or null for an escalated denial.</summary>
    public string? DeliverableId { get; init; }

    /// <summary>1 for the first escalation of a problem, one more for each level it climbs.</summary>
    public int Level { get; init; } = 1;

    /// <summary>The escalation this one continues (escalated further), or null.</summary>
    public string? Continues { get; init; }

    /// <summary>How many versions its deliverable had when it was raised (its report covers those only).</summary>
    public int VersionsSeen { get; init; }

    /// <summary>How many gate verdicts its deliverable had when it was raised.</summary>
    public int VerdictsSeen { get; init; }

    /// <summary>How many human approve or reject decisions its deliverable had when it was raised.</summary>
    public int DecisionsSeen { get; init; }

    /// <summary>True when someone must decide it (a gate escalation); an escalated denial is a notice.</summary>
    public bool NeedsDecision => DeliverableId is not null;
}
