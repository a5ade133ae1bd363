using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>An observer that ignores everything.</summary>
public sealed class NullEngagementObserver : IEngagementObserver
{
    /// <summary>The instance.</summary>
    public static NullEngagementObserver Instance { get; } = new();

    /// <inheritdoc />
    public void OnStep(string stepKey, string actorId, string description, IReadOnlyList<ActionOutcome> actions)
    {
    }

    /// <inheritdoc />
    public void OnVerdict(DeliverableState deliverable, GateVerdictRecord verdict)
    {
    }

    /// <inheritdoc />
    public void OnEscalation(EscalationRecord escalation)
    {
    }

    /// <inheritdoc />
    public void OnRetries(string stepKey, string actorId, int retries)
    {
    }

    /// <inheritdoc />
    public void OnProviderFailure(string stepKey, string actorId, string reason)
    {
    }
}
