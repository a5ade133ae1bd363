using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>Passes turns to a real runner and keeps each turn with its result, in order.</summary>
internal sealed class RecordingTurnRunner : IAgentTurnRunner
{
    private readonly IAgentTurnRunner _inner;
    private readonly List<(AgentTurn Turn, TurnResult Result)> _turns = [];

    public RecordingTurnRunner(IAgentTurnRunner inner) => _inner = inner;

    public IReadOnlyList<(AgentTurn Turn, TurnResult Result)> Turns
    {
        get
        {
            lock (_turns)
            {
                return [.. _turns];
            }
        }
    }

    public async Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        var result = await _inner.RunAsync(turn, recorder, cancellationToken);
        lock (_turns)
        {
            _turns.Add((turn, result));
        }

        return result;
    }
}
