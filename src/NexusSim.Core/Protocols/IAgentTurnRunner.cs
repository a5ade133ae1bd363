using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>Runs agent turns: a model (stub or real) with the firm's actions as tools.</summary>
public interface IAgentTurnRunner
{
    /// <summary>Runs one turn to its final text; every tool call passes the authority check and is recorded into <paramref name="recorder"/>.</summary>
    Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken);
}
