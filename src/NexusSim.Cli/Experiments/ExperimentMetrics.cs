using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The figures of one run that an experiment compares, taken from its summary. The defect figures
/// are null when the run's model keeps no ground truth (a real provider).
/// </summary>
internal static class ExperimentMetrics
{
    /// <summary>The metric columns of results.csv, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "llm_calls", "prompt_tokens", "completion_tokens", "cost_usd", "makespan_days", "mean_cycle_days",
        "human_hours", "rework_count", "escalations", "defects_planted", "defects_caught", "defects_shipped",
        "rubber_stamps", "denied_actions", "would_be_denied", "unauthorized_executed",
        "context_turns_cut", "context_tokens_cut",
    ];

    /// <summary>Each metric of <see cref="Names"/> from a run's summary (rework_count is the turns that sent a version back to its author, empty for a run recorded before they were counted; the context cuts are empty when the run enforces no context budget).</summary>
    public static IReadOnlyDictionary<string, double?> From(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var defects = summary.Defects;
        return new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["llm_calls"] = summary.LlmCalls,
            ["prompt_tokens"] = summary.PromptTokens,
            ["completion_tokens"] = summary.CompletionTokens,
            ["cost_usd"] = summary.CostUsd is { } cost ? (double)cost : null,
            ["makespan_days"] = summary.MakespanDays,
            ["mean_cycle_days"] = summary.MeanCycleDays,
            ["human_hours"] = summary.HumanHours,
            ["rework_count"] = summary.Reworks,
            ["escalations"] = summary.Escalations,
            ["defects_planted"] = defects?.Planted,
            ["defects_caught"] = defects?.CaughtTotal,
            ["defects_shipped"] = defects?.Shipped,
            ["rubber_stamps"] = defects?.RubberStampPasses,
            ["denied_actions"] = summary.DeniedActions,
            ["would_be_denied"] = summary.WouldBeDenied,
            ["unauthorized_executed"] = summary.UnauthorizedExecuted,
            ["context_turns_cut"] = summary.ContextCuts?.TurnsCut,
            ["context_tokens_cut"] = summary.ContextCuts?.TokensCut,
        };
    }
}
