namespace NexusSim.Core.Manifest;

/// <summary>A step of a chain: who acts, on which task template, doing what.</summary>
/// <param name="Actor">Actor id.</param>
/// <param name="Task">Task kind: the prompt template prompts/tasks/&lt;task&gt;.md.</param>
/// <param name="Mode">What the step does with the deliverable.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record ChainStep(string Actor, string Task, StepMode Mode, SourceLocation Location);
