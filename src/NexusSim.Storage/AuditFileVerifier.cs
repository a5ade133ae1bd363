using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// Verifies a run directory's audit trail as `nexussim audit verify RUN` reports it: the chain in
/// run.db (opened read-only) or an exported audit.jsonl, entry by entry and against the signed
/// checkpoint file (audit.checkpoint.json), naming the first bad entry. Stricter than the check a
/// journal makes on open: entries past the checkpoint cannot be authenticated and fail. A missing
/// database, file, key or checkpoint is a failed verification, not an exception.
/// </summary>
public static class AuditFileVerifier
{
    /// <summary>Verifies run.db with the checkpoint key at <see cref="CheckpointKeyFile.DefaultPath"/>.</summary>
    public static Task<AuditVerification> VerifyRunAsync(string runDirectory, CancellationToken ct) =>
        VerifyRunAsync(runDirectory, null, ct);

    /// <summary>Verifies run.db with the checkpoint key at <paramref name="checkpointKeyPath"/> (null: the default path).</summary>
    public static async Task<AuditVerification> VerifyRunAsync(string runDirectory, string? checkpointKeyPath, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);
        var directory = Path.GetFullPath(runDirectory);
        if (!File.Exists(SqliteConnections.DatabasePath(directory)))
        {
            return AuditVerification.Invalid(null, $"No {SqliteRunJournal.DatabaseFileName} in '{directory}'.");
        }

        var read = await ReadChainAsync(directory, ct).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return AuditVerification.Invalid(read.UnreadableSequence, read.Problem);
        }

        return await VerifyAgainstCheckpointAsync(read.Entries, directory, checkpointKeyPath, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Verifies an exported audit.jsonl (see <see cref="AuditExporter"/>) against the signed
    /// audit.checkpoint.json in the same directory, with the checkpoint key at
    /// <paramref name="checkpointKeyPath"/> (null: the default path). A malformed line fails,
    /// naming the entry it should have held.
    /// </summary>
    public static async Task<AuditVerification> VerifyExportAsync(string auditFilePath, string? checkpointKeyPath, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditFilePath);
        var path = Path.GetFullPath(auditFilePath);
        if (!File.Exists(path))
        {
            return AuditVerification.Invalid(null, $"No audit file '{path}'.");
        }

        var read = await AuditExporter.TryReadAsync(path, ct).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return AuditVerification.Invalid(read.UnreadableSequence, read.Problem);
        }

        return await VerifyAgainstCheckpointAsync(read.Entries, Path.GetDirectoryName(path)!, checkpointKeyPath, ct).ConfigureAwait(false);
    }

    private static async Task<AuditVerification> VerifyAgainstCheckpointAsync(IReadOnlyList<AuditEntry> entries, string directory, string? checkpointKeyPath, CancellationToken ct)
    {
        AuditCheckpoint? checkpoint;
        try
        {
            checkpoint = await AuditCheckpointFile.ReadAsync(directory, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException exception)
        {
            return AuditVerification.Invalid(null, exception.Message);
        }

        if (checkpoint is null)
        {
            if (entries.Count == 0)
            {
                return AuditVerification.Invalid(null,
                    $"The trail holds no entries and {AuditCheckpointFile.FileName} is missing: every run records entries and a signed checkpoint, so the trail was wiped.");
            }

            var chainOnly = AuditVerifier.Verify(entries);
            return !chainOnly.IsValid
                ? chainOnly
                : AuditVerification.Invalid(null, $"The chain of {entries.Count} entries is intact, but {AuditCheckpointFile.FileName} is missing, so a removed tail cannot be ruled out.");
        }

        var keyPath = checkpointKeyPath ?? CheckpointKeyFile.DefaultPath;
        AuditCheckpointSigner? signer;
        try
        {
            signer = await CheckpointKeyFile.TryLoadAsync(keyPath, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException exception)
        {
            return AuditVerification.Invalid(null, exception.Message);
        }

        if (signer is null)
        {
            return AuditVerification.Invalid(null, $"The checkpoint key '{keyPath}' does not exist, so the checkpoint cannot be checked.");
        }

        var verification = AuditVerifier.Verify(entries, checkpoint, signer);
        if (verification.IsValid && entries.Count > checkpoint.Sequence)
        {
            return AuditVerification.Invalid(
                checkpoint.Sequence + 1,
                $"Entries {checkpoint.Sequence + 1} to {entries.Count} come after the signed checkpoint (entry {checkpoint.Sequence}), so they cannot be authenticated: they were appended without the key, or the run stopped before its next checkpoint.");
        }

        return verification;
    }

    private static async Task<AuditRead> ReadChainAsync(string directory, CancellationToken ct)
    {
        var connection = SqliteConnections.Create(directory, SqliteOpenMode.ReadOnly);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            IReadOnlyList<string> runIds;
            try
            {
                runIds = await SqliteQueries.ListAsync(connection, "SELECT run_id FROM runs;", row => row.GetString(0), ct).ConfigureAwait(false);
            }
            catch (SqliteException exception)
            {
                return new AuditRead([], null, $"'{directory}' is not a run database: {exception.Message}");
            }

            return runIds.Count switch
            {
                0 => new AuditRead([], null, null),
                1 => await SqliteAuditReader.ReadAsync(connection, null, runIds[0], ct).ConfigureAwait(false),
                _ => new AuditRead([], null, $"'{directory}' holds {runIds.Count} runs; a run directory holds one run."),
            };
        }
    }
}
