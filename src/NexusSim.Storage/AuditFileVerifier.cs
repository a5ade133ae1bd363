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
    /// <summary>Verifies run.db against the user's own signing key (<see cref="CheckpointKeyFile.DefaultPath"/>).</summary>
    public static Task<AuditVerification> VerifyRunAsync(string runDirectory, CancellationToken ct) =>
        VerifyRunAsync(runDirectory, null, ct);

    /// <summary>Verifies run.db against the key in <paramref name="checkpointKeyPath"/> (a public key PEM or the private key file; null: the user's own signing key).</summary>
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

        var trusted = await TrustedKeyAsync(checkpointKeyPath, ct).ConfigureAwait(false);
        if (trusted.Verifier is null)
        {
            return AuditVerification.Invalid(null, trusted.Problem!);
        }

        var verification = AuditVerifier.Verify(entries, checkpoint, trusted.Verifier);
        if (verification.IsValid && entries.Count > checkpoint.Sequence)
        {
            return AuditVerification.Invalid(
                checkpoint.Sequence + 1,
                $"Entries {checkpoint.Sequence + 1} to {entries.Count} come after the signed checkpoint (entry {checkpoint.Sequence}), so they cannot be authenticated: they were appended without the key, or the run stopped before its next checkpoint.");
        }

        if (verification.IsValid && !checkpoint.Sealed)
        {
            return AuditVerification.Invalid(
                null,
                $"The chain verifies up to the signed checkpoint at entry {checkpoint.Sequence}, but that checkpoint is not the end-of-run seal: the run stopped before writing its outputs, or its trail was cut back to an earlier checkpoint.");
        }

        return verification.IsValid
            ? AuditVerification.Valid(verification.Reason + $" Sealed by key {trusted.Verifier.Fingerprint}.")
            : verification;
    }

    /// <summary>
    /// Checks that the run's delivered files are exactly those its end-of-run record lists, with the
    /// same SHA-256, after verifying the trail in run.db that holds the record.
    /// </summary>
    public static async Task<AuditVerification> VerifyFilesAsync(string runDirectory, string? trustedKeyPath, CancellationToken ct)
    {
        var trail = await VerifyRunAsync(runDirectory, trustedKeyPath, ct).ConfigureAwait(false);
        if (!trail.IsValid)
        {
            return AuditVerification.Invalid(null, "The delivered files cannot be checked: run.db's trail does not verify (see above).");
        }

        var read = await ReadChainAsync(Path.GetFullPath(runDirectory), ct).ConfigureAwait(false);
        var seal = read.Entries[^1];
        if (!string.Equals(seal.Action, RunSeal.Action, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(seal.Sequence, $"The last entry is '{seal.Action}', not the end-of-run record '{RunSeal.Action}'.");
        }

        var problem = await RunSeal.CompareAsync(runDirectory, seal, ct).ConfigureAwait(false);
        return problem is null
            ? AuditVerification.Valid($"{seal.Data.Count} delivered files match the end-of-run record (entry {seal.Sequence}).")
            : AuditVerification.Invalid(null, $"The delivered files differ from the end-of-run record: {problem}.");
    }

    /// <summary>
    /// The key to trust: the file at <paramref name="keyPath"/> (a public key PEM or the private key
    /// file), or the user's own signing key when null.
    /// </summary>
    private static async Task<(AuditCheckpointVerifier? Verifier, string? Problem)> TrustedKeyAsync(string? keyPath, CancellationToken ct)
    {
        var path = keyPath ?? CheckpointKeyFile.DefaultPath;
        try
        {
            var verifier = await CheckpointKeyFile.TryLoadVerifierAsync(path, ct).ConfigureAwait(false);
            return verifier is null
                ? (null, $"No trusted key: '{path}' does not exist. Give the public key of whoever ran it (--public-key FILE; they print it with `nexussim audit public-key`).")
                : (verifier, null);
        }
        catch (InvalidDataException exception)
        {
            return (null, exception.Message);
        }
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
