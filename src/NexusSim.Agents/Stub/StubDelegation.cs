using NexusSim.Agents.Prompts;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Stub;

/// <summary>A stub manager's delegation: assigns the deliverable to the worker its handoff names (else the deliverable's author).</summary>
internal static class StubDelegation
{
    public static Dictionary<string, object?> Assign(TaskCard card) => new()
    {
        [ActionArgs.Assignee] = card.Next.Length > 0 ? card.Next : card.Author,
        [ActionArgs.DeliverableId] = card.DeliverableId,
        [ActionArgs.Task] = card.Task,
        [ActionArgs.Reason] = $"Own the {card.Deliverable} end to end: every required section ({string.Join(", ", card.RequiredSections)}) and a source for every figure.",
    };
}
