using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// Verifies a run directory's audit trail as `nexussim audit verify RUN` reports it: opens run.db
/// read-only, checks the chain entry by entry and against the signed checkpoint file, and names the
/// first bad entry. A missing database, key or checkpoint is a failed verification, not an exception.
/// </summary>
public static class AuditFileVerifier
{
    /// <summary>Verifies with the checkpoint key at <see cref="CheckpointKeyFile.DefaultPath"/>.</summary>
    public static Task<AuditVerification> VerifyRunAsync(string runDirectory, CancellationToken ct) =>
        VerifyRunAsync(runDirectory, null, ct);

    /// <summary>Verifies with the checkpoint key at <paramref name="checkpointKeyPath"/> (null: the default path).</summary>
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
            var chainOnly = AuditVerifier.Verify(read.Entries);
            return !chainOnly.IsValid || read.Entries.Count == 0
                ? chainOnly
                : AuditVerification.Invalid(null, $"The chain of {read.Entries.Count} entries is intact, but {AuditCheckpointFile.FileName} is missing, so a removed tail cannot be ruled out.");
        }

        var keyPath = checkpointKeyPath ?? CheckpointKeyFile.DefaultPath;
        var signer = await CheckpointKeyFile.TryLoadAsync(keyPath, ct).ConfigureAwait(false);
        return signer is null
            ? AuditVerification.Invalid(null, $"The checkpoint key '{keyPath}' does not exist, so the checkpoint cannot be checked.")
            : AuditVerifier.Verify(read.Entries, checkpoint, signer);
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
