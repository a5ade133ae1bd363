using System.Globalization;
using Microsoft.Data.Sqlite;
using NexusSim.Core.Audit;
using NexusSim.Core.Journal;

namespace NexusSim.Storage;

/// <summary>Writes one step's rows inside the caller's transaction.</summary>
internal static class SqliteStepWriter
{
    public static async Task InsertRunAsync(SqliteConnection connection, RunRecord run, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO runs ({SqliteRows.RunColumns}) VALUES ($id, $status, $seed, $protocol, $line, $manifest, $brief, $created, $metadata);";
        SqliteRows.Add(command, "$id", run.RunId);
        SqliteRows.Add(command, "$status", run.Status);
        SqliteRows.Add(command, "$seed", run.Seed.ToString(CultureInfo.InvariantCulture));
        SqliteRows.Add(command, "$protocol", run.Protocol);
        SqliteRows.Add(command, "$line", run.ServiceLine);
        SqliteRows.Add(command, "$manifest", run.ManifestHash);
        SqliteRows.Add(command, "$brief", run.BriefHash);
        SqliteRows.Add(command, "$created", AuditCanonical.FormatTimestamp(run.CreatedAt));
        SqliteRows.Add(command, "$metadata", run.MetadataJson);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task InsertStepAsync(SqliteTransaction transaction, StepCommit step, DateTimeOffset committedAt, CancellationToken ct)
    {
        using var command = Command(transaction, $"INSERT INTO steps ({SqliteRows.StepColumns}) VALUES ($run, $key, $kind, $result, $at);");
        SqliteRows.Add(command, "$run", step.RunId);
        SqliteRows.Add(command, "$key", step.StepKey);
        SqliteRows.Add(command, "$kind", step.Kind);
        SqliteRows.Add(command, "$result", step.ResultJson);
        SqliteRows.Add(command, "$at", AuditCanonical.FormatTimestamp(committedAt));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task InsertArtifactAsync(SqliteTransaction transaction, string stepKey, ArtifactRecord artifact, CancellationToken ct)
    {
        using var command = Command(transaction, $"INSERT INTO artifacts (step_key, {SqliteRows.ArtifactColumns}) VALUES ($step, $run, $id, $deliverable, $version, $hash, $content, $media);");
        SqliteRows.Add(command, "$step", stepKey);
        SqliteRows.Add(command, "$run", artifact.RunId);
        SqliteRows.Add(command, "$id", artifact.ArtifactId);
        SqliteRows.Add(command, "$deliverable", artifact.DeliverableId);
        SqliteRows.Add(command, "$version", artifact.Version);
        SqliteRows.Add(command, "$hash", artifact.ContentHash);
        SqliteRows.Add(command, "$content", artifact.Content);
        SqliteRows.Add(command, "$media", artifact.MediaType);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task InsertAuditAsync(SqliteTransaction transaction, string stepKey, AuditEntry entry, CancellationToken ct)
    {
        using var command = Command(transaction, $"INSERT INTO audit_entries (step_key, {SqliteRows.AuditColumns}) VALUES ($step, $seq, $run, $at, $actor, $action, $outcome, $reason, $subject, $data, $cause, $recipient, $previous, $hash);");
        SqliteRows.Add(command, "$step", stepKey);
        SqliteRows.Add(command, "$seq", entry.Sequence);
        SqliteRows.Add(command, "$run", entry.RunId);
        SqliteRows.Add(command, "$at", AuditCanonical.FormatTimestamp(entry.SimulatedAt));
        SqliteRows.Add(command, "$actor", entry.Actor);
        SqliteRows.Add(command, "$action", entry.Action);
        SqliteRows.Add(command, "$outcome", entry.Outcome);
        SqliteRows.Add(command, "$reason", entry.Reason);
        SqliteRows.Add(command, "$subject", entry.Subject);
        SqliteRows.Add(command, "$data", AuditCanonical.DataToJson(entry.Data));
        SqliteRows.Add(command, "$cause", entry.CausedBy);
        SqliteRows.Add(command, "$recipient", entry.Recipient);
        SqliteRows.Add(command, "$previous", entry.PreviousHash);
        SqliteRows.Add(command, "$hash", entry.Hash);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task<bool> StepExistsAsync(SqliteTransaction transaction, string runId, string stepKey, CancellationToken ct)
    {
        using var command = Command(transaction, "SELECT COUNT(*) FROM steps WHERE run_id = $run AND step_key = $key;");
        SqliteRows.Add(command, "$run", runId);
        SqliteRows.Add(command, "$key", stepKey);
        return (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))! > 0;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
