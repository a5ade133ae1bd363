using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Performs an action on an actor's behalf (a protocol step or a human's decision) through the
/// same functions and the same authority check a model's tool call goes through: no second path.
/// </summary>
public interface IActionInvoker
{
    /// <summary>Invokes <paramref name="action"/> as <paramref name="actorId"/> with named arguments, recording into <paramref name="recorder"/>.</summary>
    Task<ActionOutcome> InvokeAsync(string actorId, string action, IReadOnlyDictionary<string, object?> arguments, StepRecorder recorder, CancellationToken cancellationToken);
}
