using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>A task kind a protocol adds to the manifest's own (its prompt is prompts/tasks/&lt;task&gt;.md, or the generic one of its mode).</summary>
/// <param name="Task">The task kind.</param>
/// <param name="Mode">The step mode whose generic template serves when the task has none of its own.</param>
public sealed record ProtocolTask(string Task, StepMode Mode);
