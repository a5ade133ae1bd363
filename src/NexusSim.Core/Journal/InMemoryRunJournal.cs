using NexusSim.Core.Audit;

namespace NexusSim.Core.Journal;

/// <summary>
/// A journal kept in memory, with the same semantics as the SQLite one (atomic step commits, a
/// hash-chained audit per run, duplicate steps and artifacts refused): for tests and fast runs
/// that need no resume. Thread-safe.
/// </summary>
public sealed class InMemoryRunJournal : IRunJournal
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, RunState> _runs = new(StringComparer.Ordinal);

    /// <summary>A journal that stamps committed steps with <paramref name="timeProvider"/>'s time.</summary>
    public InMemoryRunJournal(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public Task CreateRunAsync(RunRecord run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_runs.TryAdd(run.RunId, new RunState(run)))
            {
                throw new InvalidOperationException($"Run '{run.RunId}' already exists.");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RunRecord?> GetRunAsync(string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_runs.TryGetValue(runId, out var state) ? state.Run : null);
        }
    }

    /// <inheritdoc />
    public Task SetRunStatusAsync(string runId, string status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var state = Find(runId);
            state.Run = state.Run with { Status = status };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StepRecord?> FindStepAsync(string runId, string stepKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(stepKey);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            StepRecord? step = null;
            var found = _runs.TryGetValue(runId, out var state) && state.Steps.TryGetValue(stepKey, out step);
            return Task.FromResult(found ? step : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> CommitStepAsync(StepCommit step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        step.Validate();
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var state = Find(step.RunId);
            if (state.Steps.ContainsKey(step.StepKey))
            {
                throw new InvalidOperationException($"Step '{step.StepKey}' of run '{step.RunId}' is already committed.");
            }

            var stepIds = new HashSet<string>(StringComparer.Ordinal);
            var duplicate = step.Artifacts.FirstOrDefault(a => state.ArtifactIds.Contains(a.ArtifactId) || !stepIds.Add(a.ArtifactId));
            if (duplicate is not null)
            {
                throw new InvalidOperationException($"Artifact '{duplicate.ArtifactId}' already exists in run '{step.RunId}'.");
            }

            var entries = new List<AuditEntry>(step.Events.Count);
            var previousHash = state.Audit.Count == 0 ? AuditCanonical.GenesisHash : state.Audit[^1].Hash;
            foreach (var auditEvent in step.Events)
            {
                var entry = AuditEntry.Seal(auditEvent, state.Audit.Count + entries.Count + 1, previousHash);
                entries.Add(entry);
                previousHash = entry.Hash;
            }

            state.Steps.Add(step.StepKey, new StepRecord(step.RunId, step.StepKey, step.Kind, step.ResultJson, _timeProvider.GetUtcNow()));
            state.Artifacts.AddRange(step.Artifacts);
            state.ArtifactIds.UnionWith(stepIds);
            state.Audit.AddRange(entries);
            return Task.FromResult<IReadOnlyList<AuditEntry>>(entries);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<AuditEntry> entries = _runs.TryGetValue(runId, out var state) ? [.. state.Audit] : [];
            return Task.FromResult(entries);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactRecord>> ReadArtifactsAsync(string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<ArtifactRecord> artifacts = _runs.TryGetValue(runId, out var state) ? [.. state.Artifacts] : [];
            return Task.FromResult(artifacts);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private RunState Find(string runId) =>
        _runs.TryGetValue(runId, out var state) ? state : throw new InvalidOperationException($"Run '{runId}' does not exist.");

    private sealed class RunState(RunRecord run)
    {
        public RunRecord Run { get; set; } = run;

        public Dictionary<string, StepRecord> Steps { get; } = new(StringComparer.Ordinal);

        public List<ArtifactRecord> Artifacts { get; } = [];

        // The ids of Artifacts, kept beside them so a commit checks its own against them without re-reading the run's.
        public HashSet<string> ArtifactIds { get; } = new(StringComparer.Ordinal);

        public List<AuditEntry> Audit { get; } = [];
    }
}
