namespace NexusSim.Core.Manifest;

/// <summary>A step of a chain: who acts, on which task template, doing what, and which gates it runs.</summary>
/// <param name="Actor">Actor id (the first of the pool when the step names a pool).</param>
/// <param name="Task">Task kind: the prompt template prompts/tasks/&lt;task&gt;.md.</param>
/// <param name="Mode">What the step does with the deliverable.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record ChainStep(string Actor, string Task, StepMode Mode, SourceLocation Location)
{
    /// <summary>The pool of actors when <c>actor</c> is a list; empty when it names one actor.</summary>
    public IReadOnlyList<string> Pool { get; init; } = [];

    /// <summary>Gate ids this step runs (review and approve steps), in order.</summary>
    public IReadOnlyList<string> Gates { get; init; } = [];

    /// <summary>Who may take the step: the pool, or the one actor.</summary>
    public IReadOnlyList<string> Actors => Pool.Count > 0 ? Pool : [Actor];

    /// <summary>The actor for the 1-based <paramref name="attempt"/>: rotation follows the pool.</summary>
    public string ActorFor(int attempt) => ActorFor(attempt, static _ => true);

    /// <summary>
    /// The actor for the 1-based <paramref name="attempt"/> among those of the pool who are
    /// <paramref name="eligible"/> (rotation follows the pool's order); when none is, the declared rotation.
    /// </summary>
    public string ActorFor(int attempt, Func<string, bool> eligible)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        var actors = Actors;
        var index = Math.Max(attempt, 1) - 1;
        var count = 0;
        foreach (var actor in actors)
        {
            count += eligible(actor) ? 1 : 0;
        }

        if (count == 0)
        {
            return actors[index % actors.Count];
        }

        var wanted = index % count;
        foreach (var actor in actors)
        {
            if (eligible(actor) && wanted-- == 0)
            {
                return actor;
            }
        }

        throw new InvalidOperationException("The eligible actors changed while one was being chosen.");
    }
}
