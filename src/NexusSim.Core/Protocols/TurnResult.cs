namespace NexusSim.Core.Protocols;

/// <summary>The outcome of a turn: the model's final text, its cost, and the actions it attempted.</summary>
/// <param name="TurnId">The turn.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="Text">The model's final text.</param>
/// <param name="Usage">Calls, tokens, simulated minutes.</param>
/// <param name="Actions">Every action the turn attempted, in order, with its outcome.</param>
public sealed record TurnResult(string TurnId, string ActorId, string Text, TurnUsage Usage, IReadOnlyList<ActionOutcome> Actions);
