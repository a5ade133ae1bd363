using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Transcripts;

/// <summary>Runs turns through another runner, marking each turn's async flow so its model calls are transcribed under the turn's step key and actor.</summary>
public sealed class TranscriptTurnRunner : IAgentTurnRunner
{
    private readonly IAgentTurnRunner _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public TranscriptTurnRunner(IAgentTurnRunner inner) => _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return RunScopedAsync(turn, recorder, cancellationToken);
    }

    // An async method gets its own copy of the async-local context, so the mark ends with the turn.
    private async Task<TurnResult> RunScopedAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        TranscriptTurn.Enter(turn.TurnId, turn.ActorId);
        return await _inner.RunAsync(turn, recorder, cancellationToken).ConfigureAwait(false);
    }
}
