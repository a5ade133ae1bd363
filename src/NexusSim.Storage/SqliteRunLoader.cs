using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>
/// Reads an existing run directory's run and chain tail on open, verifying the chain against the
/// checkpoint first: a resumed run must never append to, and re-sign, a tampered trail.
/// </summary>
internal static class SqliteRunLoader
{
    /// <summary>The run's id (null for a new database) and its chain tail.</summary>
    /// <exception cref="InvalidDataException">The directory holds several runs, or the chain does not verify.</exception>
    public static async Task<(string? RunId, AuditChainTail Tail)> LoadAsync(SqliteConnection connection, string runDirectory, AuditCheckpointVerifier verifier, CancellationToken ct)
    {
        var tail = new AuditChainTail();
        var runIds = await SqliteQueries.ListAsync(connection, "SELECT run_id FROM runs;", row => row.GetString(0), ct).ConfigureAwait(false);
        if (runIds.Count > 1)
        {
            throw new InvalidDataException($"'{runDirectory}' holds {runIds.Count} runs; a run directory holds one run.");
        }

        if (runIds.Count == 0)
        {
            return (null, tail);
        }

        var runId = runIds[0];
        var read = await SqliteAuditReader.ReadAsync(connection, null, runId, ct).ConfigureAwait(false);
        var checkpoint = await AuditCheckpointFile.ReadAsync(runDirectory, ct).ConfigureAwait(false);
        var verification = (read.Problem, checkpoint) switch
        {
            (not null, _) => AuditVerification.Invalid(read.UnreadableSequence, read.Problem),
            (null, null) when read.Entries.Count > 0 => AuditVerification.Invalid(
                null,
                $"{AuditCheckpointFile.FileName} is missing although the chain has {read.Entries.Count} entries, so a removed tail cannot be ruled out."),
            _ => AuditVerifier.Verify(read.Entries, checkpoint, verifier),
        };
        if (!verification.IsValid)
        {
            throw new InvalidDataException($"The audit trail of run '{runId}' in '{runDirectory}' does not verify: {verification.Reason}");
        }

        tail.Advance(read.Entries);
        tail.MarkCheckpointed(checkpoint?.Sequence ?? 0);
        if (checkpoint is { Sealed: true })
        {
            tail.Seal();
        }

        return (runId, tail);
    }
}
