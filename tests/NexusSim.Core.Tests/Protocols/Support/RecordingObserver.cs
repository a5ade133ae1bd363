using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols.Support;

/// <summary>An observer that keeps every step as the live view is told it: who, what it is called, what it attempted.</summary>
internal sealed class RecordingObserver : IEngagementObserver
{
    public List<(string StepKey, string Actor, string Description, IReadOnlyList<ActionOutcome> Actions)> Steps { get; } = [];

    public List<(string Action, string Outcome, string Reason)> SystemEvents { get; } = [];

    public void OnStep(string stepKey, string actorId, string description, IReadOnlyList<ActionOutcome> actions) =>
        Steps.Add((stepKey, actorId, description, actions));

    public void OnVerdict(DeliverableState deliverable, GateVerdictRecord verdict)
    {
    }

    public void OnEscalation(EscalationRecord escalation)
    {
    }

    public void OnRetries(string stepKey, string actorId, int retries)
    {
    }

    public void OnProviderFailure(string stepKey, string actorId, string reason)
    {
    }

    public void OnSystemEvent(string stepKey, string action, string outcome, string reason) =>
        SystemEvents.Add((action, outcome, reason));
}
