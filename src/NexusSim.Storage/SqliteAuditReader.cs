using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>Reads a run's audit chain from the database, in sequence order.</summary>
internal static class SqliteAuditReader
{
    /// <summary>The entries, or the first unreadable row's sequence and problem.</summary>
    public static async Task<AuditRead> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string runId, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {SqliteRows.AuditColumns} FROM audit_entries WHERE run_id = $run ORDER BY sequence;";
        SqliteRows.Add(command, "$run", runId);
        var entries = new List<AuditEntry>();
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                if (!SqliteRows.TryAudit(reader, out var entry, out var sequence, out var problem))
                {
                    return new AuditRead(entries, sequence, $"Entry {sequence} cannot be read: {problem}");
                }

                entries.Add(entry!);
            }
        }

        return new AuditRead(entries, null, null);
    }
}
