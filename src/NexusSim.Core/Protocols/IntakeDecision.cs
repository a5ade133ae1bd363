namespace NexusSim.Core.Protocols;

/// <summary>Who takes an engagement's intake turn, or why no one does.</summary>
/// <param name="Actor">The agent asked to accept; null when the engagement is declined.</param>
/// <param name="Reason">Why this agent was asked, or why the engagement is declined.</param>
public sealed record IntakeDecision(string? Actor, string Reason)
{
    /// <summary>True when no one is asked: the engagement is declined before any turn.</summary>
    public bool Declined => Actor is null;
}
