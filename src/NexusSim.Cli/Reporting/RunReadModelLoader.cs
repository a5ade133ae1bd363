using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NexusSim.Core.Journal;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// Loads a <see cref="RunReadModel"/> from a run folder's run.db. It only reads, but opens the file
/// read-write (never creating it) so that closing the last connection folds the WAL back in and
/// leaves no run.db-wal or run.db-shm beside it.
/// </summary>
internal static class RunReadModelLoader
{
    public const string DatabaseFileName = "run.db";

    /// <exception cref="InvalidDataException">The folder holds no run.db, or the run in it has no facts step (it was interrupted or written by an older build).</exception>
    public static async Task<RunReadModel> LoadAsync(string runDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);
        var path = Path.Combine(runDirectory, DatabaseFileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"'{runDirectory}' holds no {DatabaseFileName}; give the folder of a run (out/<run-id>).");
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var runs = await ListAsync(connection, "SELECT run_id, status, seed, protocol, service_line FROM runs;", r => (Id: r.GetString(0), Status: r.GetString(1), Seed: ulong.Parse(r.GetString(2), CultureInfo.InvariantCulture), Protocol: r.GetString(3), Line: r.GetString(4)), cancellationToken).ConfigureAwait(false);
        if (runs.Count != 1)
        {
            throw new InvalidDataException($"'{path}' holds {runs.Count} runs; a run folder holds one.");
        }

        var run = runs[0];
        var steps = await ListAsync(connection, "SELECT step_key, kind, result_json FROM steps ORDER BY rowid;", r => (Key: r.GetString(0), Kind: r.GetString(1), Json: r.GetString(2)), cancellationToken).ConfigureAwait(false);
        var factsJson = steps.FirstOrDefault(s => s.Kind == RunFactsJson.StepKey).Json
            ?? throw new InvalidDataException($"Run '{run.Id}' in '{runDirectory}' has no {RunFactsJson.StepKey} step (an interrupted run, or one written by an older build), so its report cannot be built.");
        var facts = RunFactsJson.Deserialize(factsJson) ?? throw new InvalidDataException($"The {RunFactsJson.StepKey} step of run '{run.Id}' is empty.");
        var turns = steps.Where(s => s.Kind == "turn")
            .Select(s => JsonSerializer.Deserialize<TurnStepResult>(s.Json) ?? new TurnStepResult())
            .ToList();
        var artifacts = await ListAsync(connection, "SELECT artifact_id, deliverable_id, version, content_hash, content, media_type FROM artifacts ORDER BY rowid;", r => new ArtifactRecord(run.Id, r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5)), cancellationToken).ConfigureAwait(false);
        var audit = await ListAsync(connection, "SELECT sequence, simulated_at, actor, action, outcome, reason, subject FROM audit_entries ORDER BY sequence;", r => new AuditFact(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)), cancellationToken).ConfigureAwait(false);
        return new RunReadModel(run.Id, run.Status, run.Seed, run.Protocol, run.Line, facts, turns, artifacts, audit);
    }

    private static async Task<List<T>> ListAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
