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
    IReadOnlyList<string> Options);
