using Microsoft.Data.Sqlite;

namespace NexusSim.Storage;

/// <summary>
/// The run database's schema (one run per database). The audit table refuses UPDATE and DELETE
/// through triggers: that stops accidents, not an attacker with the file, which is what the hash
/// chain and the signed checkpoint are for.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    private const string Create = """
        CREATE TABLE IF NOT EXISTS runs (
            run_id TEXT NOT NULL PRIMARY KEY,
            status TEXT NOT NULL,
            seed TEXT NOT NULL,
            protocol TEXT NOT NULL,
            service_line TEXT NOT NULL,
            manifest_hash TEXT NOT NULL,
            brief_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            metadata_json TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS steps (
            run_id TEXT NOT NULL REFERENCES runs (run_id),
            step_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            result_json TEXT NOT NULL,
            committed_at TEXT NOT NULL,
            PRIMARY KEY (run_id, step_key)
        );
        CREATE TABLE IF NOT EXISTS artifacts (
            run_id TEXT NOT NULL,
            artifact_id TEXT NOT NULL,
            step_key TEXT NOT NULL,
            deliverable_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            content TEXT NOT NULL,
            media_type TEXT NOT NULL,
            PRIMARY KEY (run_id, artifact_id),
            FOREIGN KEY (run_id, step_key) REFERENCES steps (run_id, step_key)
        );
        CREATE TABLE IF NOT EXISTS audit_entries (
            run_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            step_key TEXT NOT NULL,
            simulated_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            outcome TEXT NOT NULL,
            reason TEXT NOT NULL,
            subject TEXT NULL,
            data_json TEXT NOT NULL,
            caused_by TEXT NULL,
            recipient TEXT NULL,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (run_id, sequence),
            FOREIGN KEY (run_id, step_key) REFERENCES steps (run_id, step_key)
        );
        CREATE TRIGGER IF NOT EXISTS audit_entries_append_only_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_append_only_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """;

    /// <summary>
    /// WAL with synchronous=FULL: every committed transaction (one per step) is fsynced before
    /// CommitStepAsync returns. NORMAL would be durable across a process crash but could lose the
    /// last committed steps on power loss, after their signed checkpoint file had already reached
    /// the disk; a resumed run would then repeat LLM calls it had acknowledged, and the verifier
    /// would report the lost tail as truncated. One fsync per step is the budgeted cost.
    /// </summary>
    public static async Task ApplyPragmasAsync(SqliteConnection connection, CancellationToken ct)
    {
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;", ct).ConfigureAwait(false);
    }

    public static async Task CreateAsync(SqliteConnection connection, CancellationToken ct)
    {
        var version = await UserVersionAsync(connection, ct).ConfigureAwait(false);
        if (version > Version)
        {
            throw new InvalidDataException($"The run database has schema version {version}; this build knows {Version}.");
        }

        await ExecuteAsync(connection, Create + $"PRAGMA user_version = {Version};", ct).ConfigureAwait(false);
    }

    public static async Task<long> UserVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
