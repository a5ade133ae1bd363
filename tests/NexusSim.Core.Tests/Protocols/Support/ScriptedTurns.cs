using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols.Support;

/// <summary>A turn runner that answers each turn with a scripted function of the turn (no model), recording every turn it ran.</summary>
internal sealed class ScriptedTurns : IAgentTurnRunner
{
    public List<AgentTurn> Ran { get; } = [];

    /// <summary>What a turn does: the actions it performs on the session's invoker (set by the test).</summary>
    public Func<AgentTurn, IReadOnlyList<(string Action, Dictionary<string, object?> Args)>> Script { get; set; } = _ => [];

    public IActionInvoker? Invoker { get; set; }

    public async Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        Ran.Add(turn);
        var outcomes = new List<ActionOutcome>();
        foreach (var (action, args) in Script(turn))
        {
            outcomes.Add(await Invoker!.InvokeAsync(turn.ActorId, action, args, recorder, cancellationToken));
        }

        return new TurnResult(turn.TurnId, turn.ActorId, "done", TurnUsage.Zero, outcomes);
    }
}
