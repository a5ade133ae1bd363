using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The figures of one run that an experiment compares, taken from its summary. The defect figures
/// are null when the run's model keeps no ground truth (a real provider). Each metric is one row below:
/// its column name, what it counts (summary.md says it under the metric's heading) and where a run's
/// summary holds it, so a metric cannot be listed without its meaning or its reading.
/// </summary>
internal static class ExperimentMetrics
{
    private static readonly (string Name, string Meaning, Func<RunSummary, double?> Read)[] Metrics =
    [
        ("llm_calls", "model calls the agents made in one run", s => s.LlmCalls),
        ("prompt_tokens", "tokens sent to the model in one run (prompts, tool definitions, context)", s => s.PromptTokens),
        ("completion_tokens", "tokens the model wrote back in one run", s => s.CompletionTokens),
        ("cost_usd", "what those tokens would cost at the configured model prices, in US dollars", s => s.CostUsd is { } cost ? (double)cost : null),
        ("makespan_days", "working days on the simulated clock from intake to the last release, waits for the humans included", s => s.MakespanDays),
        ("mean_cycle_days", "working days from a deliverable's first work to its last, averaged over the deliverables", s => s.MeanCycleDays),
        ("human_hours", "hours the humans spent deciding (approvals, rejections, escalation decisions)", s => s.HumanHours),
        // Empty for a run recorded before reworks were counted.
        ("rework_count", "turns that sent a version back to its author to fix (summary.json's reworks; a pass refused for citing no evidence goes back to the gate instead)", s => s.Reworks),
        ("escalations", "escalations raised: gates at their attempt cap, and denied actions escalated as notices", s => s.Escalations),
        ("defects_planted", "defects the stub model wrote into drafts on purpose (its ground truth, which no gate reads)", s => s.Defects?.Planted),
        ("defects_caught", "planted defects a gate failed a version for", s => s.Defects?.CaughtTotal),
        ("defects_shipped", "planted defects still in a version released to the client (lower is better)", s => s.Defects?.Shipped),
        ("rubber_stamps", "pass verdicts on a version that still carried a planted defect the gate's checks cover", s => s.Defects?.RubberStampPasses),
        ("denied_actions", "actions the authority check refused", s => s.DeniedActions),
        ("would_be_denied", "actions the authority check would have refused, run anyway under authority=record_only", s => s.WouldBeDenied),
        ("unauthorized_executed", "actions that ran without authorization (0 unless authority=record_only)", s => s.UnauthorizedExecuted),
        // Empty when the run enforces no context budget.
        ("context_turns_cut", "turns whose prompt a context budget cut", s => s.ContextCuts?.TurnsCut),
        ("context_tokens_cut", "tokens a context budget cut from prompts", s => s.ContextCuts?.TokensCut),
    ];

    /// <summary>The metric columns of results.csv, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Metrics.Select(m => m.Name)];

    /// <summary>What each metric of <see cref="Names"/> counts in one run, in words for a reader of summary.md who did not build it.</summary>
    public static IReadOnlyDictionary<string, string> Meanings { get; } = Metrics.ToDictionary(m => m.Name, m => m.Meaning, StringComparer.Ordinal);

    /// <summary>Each metric of <see cref="Names"/> from a run's summary.</summary>
    public static IReadOnlyDictionary<string, double?> From(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Metrics.ToDictionary(m => m.Name, m => m.Read(summary), StringComparer.Ordinal);
    }
}
