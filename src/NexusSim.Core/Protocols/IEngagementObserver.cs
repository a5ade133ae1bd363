using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>Sees the engagement as it happens (the live console view, tests).</summary>
public interface IEngagementObserver
{
    /// <summary>A turn or a protocol step finished; <paramref name="actions"/> are what it attempted.</summary>
    void OnStep(string stepKey, string actorId, string description, IReadOnlyList<ActionOutcome> actions);

    /// <summary>A gate verdict was recorded.</summary>
    void OnVerdict(DeliverableState deliverable, GateVerdictRecord verdict);

    /// <summary>Work was escalated.</summary>
    void OnEscalation(EscalationRecord escalation);

    /// <summary>
    /// <paramref name="actorId"/>'s turn <paramref name="stepKey"/> (already reported by <see cref="OnStep"/>)
    /// retried <paramref name="retries"/> model calls that had failed transiently (each is in the audit trail).
    /// </summary>
    void OnRetries(string stepKey, string actorId, int retries);

    /// <summary>
    /// <paramref name="actorId"/>'s turn <paramref name="stepKey"/> could not reach the model after every
    /// retry, for <paramref name="reason"/> (redacted, one line): the engagement stops there, its status
    /// provider_failed. Empty ids when the failure came from outside a turn.
    /// </summary>
    void OnProviderFailure(string stepKey, string actorId, string reason);

    /// <summary>
    /// A step no actor decided was recorded (<paramref name="action"/> with its <paramref name="outcome"/>
    /// and <paramref name="reason"/>: a work accepted with a caveat, an internal deliverable done, a chain
    /// step skipped). It has a step number of its own, so a view that shows steps shows it too.
    /// </summary>
    void OnSystemEvent(string stepKey, string action, string outcome, string reason)
    {
    }
}
