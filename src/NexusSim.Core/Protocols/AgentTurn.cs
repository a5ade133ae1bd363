using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// One agent turn: who acts, on which task, with which scoped context. The context is only what
/// the task needs (the handoff, the artifacts named, the feedback), never the whole history.
/// </summary>
/// <param name="TurnId">Stable id (the journal's step key), unique within the run.</param>
/// <param name="ActorId">The acting agent; the action plugin takes the actor from here, never from arguments.</param>
/// <param name="Task">Task kind: the prompt template prompts/tasks/&lt;task&gt;.md.</param>
/// <param name="Mode">What the turn does with the deliverable.</param>
/// <param name="DeliverableId">The deliverable worked on.</param>
/// <param name="GateId">The gate under review (review turns), else null.</param>
/// <param name="Attempt">1-based attempt (rework turns count up).</param>
/// <param name="Lane">Workstream lane on the simulated clock.</param>
/// <param name="Handoff">The handoff received from the previous step, if any.</param>
/// <param name="Artifacts">Deliverable versions the task needs.</param>
/// <param name="Feedback">Written issues to address (rework) or check findings (review).</param>
public sealed record AgentTurn(
    string TurnId,
    string ActorId,
    string Task,
    StepMode Mode,
    string DeliverableId,
    string? GateId,
    int Attempt,
    string Lane,
    HandoffRecord? Handoff,
    IReadOnlyList<ArtifactView> Artifacts,
    IReadOnlyList<GateIssue> Feedback)
{
    /// <summary>
    /// The actor this turn hands its work to (a chain's next step), when the protocol knows it; else null.
    /// The handoff received (<see cref="Handoff"/>) is addressed to this turn's actor, so it cannot say who is next.
    /// </summary>
    public string? Next { get; init; }

    /// <summary>The escalation this turn decides (an escalation turn of the receiving manager), else null.</summary>
    public string? EscalationId { get; init; }

    /// <summary>
    /// True for a gate review: recording the verdict ends the turn. The protocol reads the verdict
    /// (its evidence and written issues go back to the author), never a reviewer's final text, so no
    /// model call follows a recorded verdict.
    /// </summary>
    public bool EndsWithVerdict { get; init; }
}
