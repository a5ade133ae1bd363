namespace NexusSim.Core.Journal;

/// <summary>A committed step: on resume, a step found here is not run again and its result is reused.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="StepKey">The step's key, unique and stable within the run (the same step gets the same key on resume).</param>
/// <param name="Kind">What kind of step it was (e.g. an agent turn, a gate, an approval).</param>
/// <param name="ResultJson">The step's result as JSON, enough to continue without repeating it.</param>
/// <param name="CommittedAt">When the journal committed it (wall clock, from the journal's TimeProvider).</param>
public sealed record StepRecord(
    string RunId,
    string StepKey,
    string Kind,
    string ResultJson,
    DateTimeOffset CommittedAt);
