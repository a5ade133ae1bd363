namespace NexusSim.Core.Engagements;

/// <summary>One invocation of an action: the actor (from the turn), the action and its arguments.</summary>
public sealed record ActionCall(string ActorId, string ActionId, IReadOnlyDictionary<string, object?> Arguments, StepRecorder Recorder);
