using Microsoft.Data.Sqlite;

namespace NexusSim.Storage.Tests.Support;

/// <summary>Tampers with a run database the way an attacker with the file would: raw SQL, triggers dropped.</summary>
internal static class RawDatabase
{
    public static async Task<int> ExecuteAsync(string runDirectory, string sql, bool dropGuards = true)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(runDirectory, "run.db"), Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await using (connection)
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = (dropGuards
                ? "DROP TRIGGER IF EXISTS audit_entries_append_only_update; DROP TRIGGER IF EXISTS audit_entries_append_only_delete; "
                : string.Empty) + sql;
            return await command.ExecuteNonQueryAsync();
        }
    }

    public static async Task<long> CountAsync(string runDirectory, string table)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(runDirectory, "run.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await using (connection)
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table};";
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }

    public static async Task<string> ScalarAsync(string runDirectory, string sql)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(runDirectory, "run.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await using (connection)
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
    }

    /// <summary>Inserts <paramref name="entry"/> as a row of step-1, as a forger with write access to run.db would.</summary>
    public static Task<int> InsertAuditAsync(string runDirectory, NexusSim.Core.Audit.AuditEntry entry) =>
        ExecuteAsync(
            runDirectory,
            "INSERT INTO audit_entries (run_id, sequence, step_key, simulated_at, actor, action, outcome, reason, subject, data_json, caused_by, recipient, previous_hash, hash) VALUES ("
            + $"'{entry.RunId}', {entry.Sequence}, 'step-1', '{NexusSim.Core.Audit.AuditCanonical.FormatTimestamp(entry.SimulatedAt)}', '{entry.Actor}', '{entry.Action}', '{entry.Outcome}', '{entry.Reason}', "
            + $"'{entry.Subject}', '{NexusSim.Core.Audit.AuditCanonical.DataToJson(entry.Data)}', NULL, NULL, '{entry.PreviousHash}', '{entry.Hash}');");
}
