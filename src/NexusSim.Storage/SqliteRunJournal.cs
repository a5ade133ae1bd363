using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;

namespace NexusSim.Storage;

/// <summary>
/// The run journal in SQLite: one database (run.db) per run directory, holding one run. Each step
/// is one transaction (step row, artifacts, audit entries chained from the last stored hash), so
/// one fsync per step (WAL, synchronous=FULL; see <see cref="SqliteSchema.ApplyPragmasAsync"/>), and
/// a failed step leaves nothing behind. A signed checkpoint (audit.checkpoint.json) is written
/// beside the database after commits, see <see cref="SqliteJournalOptions.CheckpointInterval"/>.
/// Opening an existing run verifies its chain against its checkpoint and refuses a broken one,
/// so a resumed run never appends to (and re-signs) a tampered trail. Calls are serialized.
/// </summary>
public sealed class SqliteRunJournal : IRunJournal
{
    /// <summary>The database file's name inside the run directory.</summary>
    public const string DatabaseFileName = "run.db";

    /// <summary>The step key (and kind) of the end-of-run record written by <see cref="SealAsync"/>.</summary>
    public const string SealStepKey = "run.sealed";

    private const int SqliteConstraintError = 19;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _connection;
    private readonly string _runDirectory;
    private readonly SqliteJournalOptions _options;
    private readonly AuditCheckpointSigner _signer;
    private string? _runId;
    private AuditChainTail _tail = new();
    private bool _disposed;

    private SqliteRunJournal(SqliteConnection connection, string runDirectory, SqliteJournalOptions options, AuditCheckpointSigner signer)
    {
        _connection = connection;
        _runDirectory = runDirectory;
        _options = options;
        _signer = signer;
    }

    /// <summary>Opens (or creates) the journal in <paramref name="runDirectory"/> with default options.</summary>
    public static Task<SqliteRunJournal> OpenAsync(string runDirectory, CancellationToken ct) =>
        OpenAsync(runDirectory, new SqliteJournalOptions(), ct);

    /// <summary>
    /// Opens (or creates) the journal in <paramref name="runDirectory"/>. Throws
    /// <see cref="InvalidDataException"/> when an existing run's audit chain does not verify.
    /// </summary>
    public static async Task<SqliteRunJournal> OpenAsync(string runDirectory, SqliteJournalOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var directory = Path.GetFullPath(runDirectory);
        Directory.CreateDirectory(directory);
        var signer = await CheckpointKeyFile.LoadOrCreateAsync(options.CheckpointKeyPath ?? CheckpointKeyFile.DefaultPath, ct).ConfigureAwait(false);
        var connection = SqliteConnections.Create(directory, SqliteOpenMode.ReadWriteCreate);
        var journal = new SqliteRunJournal(connection, directory, options, signer);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await SqliteSchema.ApplyPragmasAsync(connection, ct).ConfigureAwait(false);
            await SqliteSchema.CreateAsync(connection, ct).ConfigureAwait(false);
            (journal._runId, journal._tail) = await SqliteRunLoader.LoadAsync(connection, directory, signer.Verifier, ct).ConfigureAwait(false);
            return journal;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            signer.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public Task CreateRunAsync(RunRecord run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.RunId);
        return LockedAsync(async () =>
        {
            if (_runId is not null)
            {
                throw new InvalidOperationException(_runId == run.RunId
                    ? $"Run '{run.RunId}' already exists."
                    : $"'{_runDirectory}' already holds run '{_runId}'; a run directory holds one run.");
            }

            await SqliteStepWriter.InsertRunAsync(_connection, run, ct).ConfigureAwait(false);
            _runId = run.RunId;
            return 0;
        }, ct);
    }

    /// <inheritdoc />
    public Task<RunRecord?> GetRunAsync(string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return LockedAsync(() => SqliteQueries.SingleAsync(_connection, $"SELECT {SqliteRows.RunColumns} FROM runs WHERE run_id = $run;", SqliteRows.Run, ct, ("$run", runId)), ct);
    }

    /// <inheritdoc />
    public Task SetRunStatusAsync(string runId, string status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        return LockedAsync(async () =>
        {
            var changed = await SqliteQueries.ExecuteAsync(_connection, "UPDATE runs SET status = $status WHERE run_id = $run;", ct, ("$status", status), ("$run", runId)).ConfigureAwait(false);
            if (changed == 0)
            {
                throw new InvalidOperationException($"Run '{runId}' does not exist.");
            }

            await CheckpointAsync(force: true, ct).ConfigureAwait(false);
            return 0;
        }, ct);
    }

    /// <inheritdoc />
    public Task<StepRecord?> FindStepAsync(string runId, string stepKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(stepKey);
        return LockedAsync(() => SqliteQueries.SingleAsync(_connection, $"SELECT {SqliteRows.StepColumns} FROM steps WHERE run_id = $run AND step_key = $key;", SqliteRows.Step, ct, ("$run", runId), ("$key", stepKey)), ct);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> CommitStepAsync(StepCommit step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        step.Validate();
        return LockedAsync(() => CommitLockedAsync(step, ct), ct);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return LockedAsync(async () =>
        {
            var read = await SqliteAuditReader.ReadAsync(_connection, null, runId, ct).ConfigureAwait(false);
            return read.Problem is null ? read.Entries : throw new InvalidDataException(read.Problem);
        }, ct);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactRecord>> ReadArtifactsAsync(string runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return LockedAsync(() => SqliteQueries.ListAsync(_connection, $"SELECT {SqliteRows.ArtifactColumns} FROM artifacts WHERE run_id = $run ORDER BY rowid;", SqliteRows.Artifact, ct, ("$run", runId)), ct);
    }

    /// <summary>
    /// Ends the run's trail: commits <paramref name="seal"/> (the end-of-run record, e.g. the hashes
    /// of the delivered files) as the last entry and signs a sealed checkpoint over it. After this
    /// the journal refuses further steps, now and when reopened.
    /// </summary>
    public Task<AuditEntry> SealAsync(AuditEvent seal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seal);
        return LockedAsync(async () =>
        {
            var step = new StepCommit(seal.RunId, SealStepKey, SealStepKey, "{}", [], [seal]);
            step.Validate();
            var entries = await CommitLockedAsync(step, ct).ConfigureAwait(false);
            await AuditCheckpointFile.WriteAsync(_runDirectory, _signer.Sign(_runId!, _tail.LastSequence, _tail.LastHash, sealedRun: true), ct).ConfigureAwait(false);
            _tail.MarkCheckpointed(_tail.LastSequence);
            _tail.Seal();
            return entries[0];
        }, ct);
    }

    /// <summary>Writes a final checkpoint if the chain grew since the last one, and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        _disposed = true;
        try
        {
            await CheckpointAsync(force: true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _signer.Dispose();
            _gate.Release();
        }
    }

    private async Task<IReadOnlyList<AuditEntry>> CommitLockedAsync(StepCommit step, CancellationToken ct)
    {
        if (!string.Equals(_runId, step.RunId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Run '{step.RunId}' does not exist.");
        }

        if (_tail.IsSealed)
        {
            throw new InvalidOperationException($"Run '{step.RunId}' is sealed: its trail ended with the end-of-run record and takes no more steps.");
        }

        var entries = new List<AuditEntry>(step.Events.Count);
        var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (await SqliteStepWriter.StepExistsAsync(transaction, step.RunId, step.StepKey, ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Step '{step.StepKey}' of run '{step.RunId}' is already committed.");
            }

            await SqliteStepWriter.InsertStepAsync(transaction, step, _options.TimeProvider.GetUtcNow(), ct).ConfigureAwait(false);
            foreach (var artifact in step.Artifacts)
            {
                try
                {
                    await SqliteStepWriter.InsertArtifactAsync(transaction, step.StepKey, artifact, ct).ConfigureAwait(false);
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteConstraintError)
                {
                    throw new InvalidOperationException($"Artifact '{artifact.ArtifactId}' already exists in run '{step.RunId}'.", exception);
                }
            }

            var previousHash = _tail.LastHash;
            foreach (var auditEvent in step.Events)
            {
                var entry = AuditEntry.Seal(auditEvent, _tail.LastSequence + entries.Count + 1, previousHash);
                await SqliteStepWriter.InsertAuditAsync(transaction, step.StepKey, entry, ct).ConfigureAwait(false);
                entries.Add(entry);
                previousHash = entry.Hash;
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        _tail.Advance(entries);
        await CheckpointAsync(force: false, ct).ConfigureAwait(false);
        return entries;
    }

    private async Task CheckpointAsync(bool force, CancellationToken ct)
    {
        if (_tail.IsCheckpointDue(force, _options.CheckpointInterval))
        {
            await AuditCheckpointFile.WriteAsync(_runDirectory, _signer.Sign(_runId!, _tail.LastSequence, _tail.LastHash), ct).ConfigureAwait(false);
            _tail.MarkCheckpointed(_tail.LastSequence);
        }
    }

    private async Task<T> LockedAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await action().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
