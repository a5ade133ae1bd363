using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;

namespace NexusSim.Storage;

/// <summary>Maps rows of the run database to records; the SELECT lists here fix the column order.</summary>
internal static class SqliteRows
{
    public const string RunColumns = "run_id, status, seed, protocol, service_line, manifest_hash, brief_hash, created_at, metadata_json";
    public const string StepColumns = "run_id, step_key, kind, result_json, committed_at";
    public const string ArtifactColumns = "run_id, artifact_id, deliverable_id, version, content_hash, content, media_type";
    public const string AuditColumns = "sequence, run_id, simulated_at, actor, action, outcome, reason, subject, data_json, caused_by, recipient, previous_hash, hash";

    public static RunRecord Run(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        ulong.Parse(row.GetString(2), CultureInfo.InvariantCulture),
        row.GetString(3),
        row.GetString(4),
        row.GetString(5),
        row.GetString(6),
        AuditCanonical.ParseTimestamp(row.GetString(7)),
        row.GetString(8));

    public static StepRecord Step(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetString(2),
        row.GetString(3),
        AuditCanonical.ParseTimestamp(row.GetString(4)));

    public static ArtifactRecord Artifact(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetString(2),
        row.GetInt32(3),
        row.GetString(4),
        row.GetString(5),
        row.GetString(6));

    /// <summary>
    /// Reads one audit row. A row whose content cannot be read (tampered with outside the journal)
    /// yields false, its sequence number and the problem.
    /// </summary>
    public static bool TryAudit(SqliteDataReader row, out AuditEntry? entry, out long sequence, out string? problem)
    {
        sequence = row.IsDBNull(0) ? 0 : row.GetInt64(0);
        try
        {
            entry = new AuditEntry(
                row.GetInt64(0),
                row.GetString(1),
                AuditCanonical.ParseTimestamp(row.GetString(2)),
                row.GetString(3),
                row.GetString(4),
                row.GetString(5),
                row.GetString(6),
                NullableString(row, 7),
                AuditCanonical.ParseData(row.GetString(8)),
                NullableString(row, 9),
                NullableString(row, 10),
                row.GetString(11),
                row.GetString(12));
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or InvalidOperationException)
        {
            entry = null;
            problem = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// Binds <paramref name="value"/> to <paramref name="name"/>. A text holding a NUL character is bound as
    /// its UTF-8 bytes: the provider binds a long string as if it ended at its first NUL, which stored a
    /// reason, an artifact or a brief's text cut short, and the audit chain then no longer matched what
    /// was hashed. Read back with <c>GetString</c>, the bytes give the same text.
    /// </summary>
    public static void Add(SqliteCommand command, string name, object? value)
    {
        if (value is string text && text.Contains('\0', StringComparison.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter(name, SqliteType.Text) { Value = Encoding.UTF8.GetBytes(text) });
            return;
        }

        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    private static string? NullableString(SqliteDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
