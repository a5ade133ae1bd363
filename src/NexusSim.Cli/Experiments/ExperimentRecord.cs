using System.Text.Json.Serialization;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// What an experiment keeps of one finished run (records/&lt;run-id&gt;.json): its status, its
/// figures for results.csv and its audit head. A run with a record is not run again when the
/// experiment is resumed.
/// </summary>
internal sealed record ExperimentRecord
{
    /// <summary>The run's id (a digest of every input that determines it).</summary>
    [JsonPropertyName("run_id")] public required string RunId { get; init; }

    /// <summary>How the run ended (summary.json's status).</summary>
    [JsonPropertyName("status")] public required string Status { get; init; }

    /// <summary>The hash of the run's last audit entry, so the run can be checked against a kept copy.</summary>
    [JsonPropertyName("audit_head")] public string? AuditHead { get; init; }

    /// <summary>The run's figures by results.csv column; null when the run does not report one.</summary>
    [JsonPropertyName("metrics")] public required IReadOnlyDictionary<string, double?> Metrics { get; init; }
}
