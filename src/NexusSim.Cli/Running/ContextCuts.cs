using System.Globalization;
using NexusSim.Core.Audit;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>Tallies a run's context cuts from its audit trail: each <c>context</c> entry is one turn cut, with its <c>tokens_cut</c>.</summary>
internal static class ContextCuts
{
    /// <summary>The audit action a turn runner records when a context budget cuts a turn's prompt.</summary>
    public const string Action = "context";

    /// <summary>The tally, or null when <paramref name="manifest"/> enforces no context budget.</summary>
    public static ContextCutTally? Of(FirmManifest manifest, IEnumerable<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(audit);
        if (!manifest.Context.BudgetEnforced)
        {
            return null;
        }

        var cuts = audit.Where(e => e.Action == Action).ToList();
        return new ContextCutTally
        {
            TurnsCut = cuts.Count,
            TokensCut = cuts.Sum(e => e.Data.TryGetValue("tokens_cut", out var tokens) && long.TryParse(tokens, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0),
            OverBudget = cuts.Count(e => e.Outcome == "over_budget"),
        };
    }
}
