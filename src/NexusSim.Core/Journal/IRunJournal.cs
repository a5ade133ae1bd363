using NexusSim.Core.Audit;

namespace NexusSim.Core.Journal;

/// <summary>
/// The run's durable record. Each step commits its result, its artifacts and its audit entries in
/// one transaction, so a crashed run resumes from the journal without repeating completed steps,
/// and the audit trail never disagrees with the state it records.
/// </summary>
public interface IRunJournal : IAsyncDisposable
{
    /// <summary>Records a new run. Throws <see cref="InvalidOperationException"/> if it already exists.</summary>
    Task CreateRunAsync(RunRecord run, CancellationToken ct);

    /// <summary>The run, or null when the journal does not know it.</summary>
    Task<RunRecord?> GetRunAsync(string runId, CancellationToken ct);

    /// <summary>Changes the run's status. Throws <see cref="InvalidOperationException"/> for an unknown run.</summary>
    Task SetRunStatusAsync(string runId, string status, CancellationToken ct);

    /// <summary>The committed step with this key, or null: on resume, a found step is not repeated.</summary>
    Task<StepRecord?> FindStepAsync(string runId, string stepKey, CancellationToken ct);

    /// <summary>
    /// Commits the step row, its artifacts and its audit entries (chained after the run's last
    /// entry) in one transaction, and returns the entries written. If anything fails nothing is
    /// written. Throws <see cref="InvalidOperationException"/> for an unknown run or a step key
    /// already committed.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> CommitStepAsync(StepCommit step, CancellationToken ct);

    /// <summary>The run's audit chain, in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string runId, CancellationToken ct);

    /// <summary>The run's artifacts, in the order they were committed.</summary>
    Task<IReadOnlyList<ArtifactRecord>> ReadArtifactsAsync(string runId, CancellationToken ct);
}
