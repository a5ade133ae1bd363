using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>The decision on an escalation: who chose which option, what the engine does with it, and why.</summary>
/// <param name="EscalationId">The escalation decided.</param>
/// <param name="DecidedBy">Actor id who decided (the receiver).</param>
/// <param name="Option">The manifest option chosen, as written there.</param>
/// <param name="Outcome">What the engine does with it.</param>
/// <param name="Reason">The decider's reason (a caveat, for an acceptance).</param>
/// <param name="Assignee">The new author, for a reassignment; otherwise null.</param>
public sealed record EscalationResolution(string EscalationId, string DecidedBy, string Option, EscalationOutcome Outcome, string Reason, string? Assignee)
{
    /// <summary>What the decision does, in words (<see cref="EscalationEffect"/>); empty in runs recorded before it was kept.</summary>
    public string Effect { get; init; } = string.Empty;
}
