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

    /// <summary>What each metric of <see cref="Names"/> counts in one run, in words for a reader of summary.md who did not build it.</summary>
    public static IReadOnlyDictionary<string, string> Meanings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["llm_calls"] = "model calls the agents made in one run",
        ["prompt_tokens"] = "tokens sent to the model in one run (prompts, tool definitions, context)",
        ["completion_tokens"] = "tokens the model wrote back in one run",
        ["cost_usd"] = "what those tokens would cost at the configured model prices, in US dollars",
        ["makespan_days"] = "working days on the simulated clock from intake to the last release, waits for the humans included",
        ["mean_cycle_days"] = "working days from a deliverable's first work to its last, averaged over the deliverables",
        ["human_hours"] = "hours the humans spent deciding (approvals, rejections, escalation decisions)",
        ["rework_count"] = "turns that sent a version back to its author to fix (summary.json's reworks; a pass refused for citing no evidence goes back to the gate instead)",
        ["escalations"] = "escalations raised: gates at their attempt cap, and denied actions escalated as notices",
        ["defects_planted"] = "defects the stub model wrote into drafts on purpose (its ground truth, which no gate reads)",
        ["defects_caught"] = "planted defects a gate failed a version for",
        ["defects_shipped"] = "planted defects still in a version released to the client (lower is better)",
        ["rubber_stamps"] = "pass verdicts on a version that still carried a planted defect the gate's checks cover",
        ["denied_actions"] = "actions the authority check refused",
        ["would_be_denied"] = "actions the authority check would have refused, run anyway under authority=record_only",
        ["unauthorized_executed"] = "actions that ran without authorization (0 unless authority=record_only)",
        ["context_turns_cut"] = "turns whose prompt a context budget cut",
        ["context_tokens_cut"] = "tokens a context budget cut from prompts",
    };

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
