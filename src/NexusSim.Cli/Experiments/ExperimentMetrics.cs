using System.Text.Json;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The figures of one run that an experiment compares, read by name from its summary.json, so
/// figures other branches add to the summary appear without a change here; a figure the summary
/// does not have is null (an empty cell).
/// </summary>
internal static class ExperimentMetrics
{
    /// <summary>The metric columns of results.csv, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "llm_calls", "prompt_tokens", "completion_tokens", "cost_usd", "makespan_days", "mean_cycle_days",
        "human_hours", "rework_count", "escalations", "defects_planted", "defects_caught", "defects_shipped",
        "rubber_stamps", "denied_actions", "would_be_denied", "unauthorized_executed",
    ];

    // Read from another summary field while the summary has no field of the metric's own name.
    private static readonly Dictionary<string, string> Fallbacks = new(StringComparer.Ordinal) { ["rework_count"] = "gate_failures" };

    /// <summary>Each metric of <see cref="Names"/> from a summary.json document, null when absent or not a number.</summary>
    public static IReadOnlyDictionary<string, double?> Read(JsonElement summary)
    {
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            values[name] = Number(summary, name) ?? (Fallbacks.TryGetValue(name, out var other) ? Number(summary, other) : null);
        }

        return values;
    }

    private static double? Number(JsonElement summary, string name) =>
        summary.ValueKind == JsonValueKind.Object && summary.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
