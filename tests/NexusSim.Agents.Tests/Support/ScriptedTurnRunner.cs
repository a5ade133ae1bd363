using NexusSim.Agents.Actions;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Support;

/// <summary>
/// Agents that always do the same thing, through the real kernels and filter: accept at intake,
/// submit <see cref="Draft"/> when authoring or reworking, pass with evidence when reviewing.
/// </summary>
internal sealed class ScriptedTurnRunner : IAgentTurnRunner
{
    private readonly EngagementHarness _harness;

    public ScriptedTurnRunner(EngagementHarness harness, string draft)
    {
        _harness = harness;
        Draft = draft;
    }

    public string Draft { get; }

    public List<AgentTurn> Turns { get; } = [];

    public async Task<TurnResult> RunAsync(AgentTurn turn, StepRecorder recorder, CancellationToken cancellationToken)
    {
        Turns.Add(turn);
        var invoker = new KernelActionInvoker(_harness.Kernels);
        var (action, arguments) = Plan(turn);
        var outcomes = new List<ActionOutcome>();
        if (action is not null)
        {
            outcomes.Add(await invoker.InvokeAsync(turn.ActorId, action, arguments, recorder, cancellationToken));
        }

        return new TurnResult(turn.TurnId, turn.ActorId, "done", TurnUsage.Zero, outcomes);
    }

    private (string?, Dictionary<string, object?>) Plan(AgentTurn turn) => turn.Mode switch
    {
        StepMode.Plan when turn.DeliverableId.Length == 0 => (ActionIds.AcceptEngagement, new()
        {
            [ActionArgs.ServiceLine] = _harness.State.ServiceLine.Id,
            [ActionArgs.AmountUsd] = _harness.Brief.BudgetUsd,
            [ActionArgs.Reason] = "fits",
        }),
        StepMode.Author or StepMode.Edit => (ActionIds.SubmitDeliverable, new()
        {
            [ActionArgs.DeliverableId] = turn.DeliverableId,
            [ActionArgs.Content] = Draft,
            [ActionArgs.Summary] = "same draft again",
        }),
        StepMode.Review => (ActionIds.RecordGateVerdict, new()
        {
            [ActionArgs.DeliverableId] = turn.DeliverableId,
            [ActionArgs.GateId] = turn.GateId,
            [ActionArgs.VersionHash] = turn.Artifacts[^1].ContentHash,
            [ActionArgs.Verdict] = "pass",
            [ActionArgs.Evidence] = "Checked the Sources section.",
        }),
        _ => (null, []),
    };
}
