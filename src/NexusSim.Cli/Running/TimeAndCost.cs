using NexusSim.Cli.Reporting;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;
using NexusSim.Core.Time;

namespace NexusSim.Cli.Running;

/// <summary>
/// Adds the simulated clock's figures to a run's summary: makespan in working days, each
/// deliverable's cycle time and their mean, the humans' hours, and the agents' cost in dollars (each
/// tier's tokens at the price of the tier's model), in all and per tier.
/// </summary>
internal static class TimeAndCost
{
    public static RunSummary Add(RunSummary summary, FirmManifest manifest, SimulatedClock clock, HumanDesk humans, EngagementTimes times, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(humans);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(prices);
        var cycles = times.CycleDays(humans.Capacity).ToDictionary(p => p.Key, p => Math.Round(p.Value, 4), StringComparer.Ordinal);
        var byTier = CostByTier(manifest, times, prices);
        return summary with
        {
            MakespanDays = Math.Round(WorkingCalendar.WorkingDaysBetween(0, clock.MakespanMinutes, humans.Capacity), 4),
            CycleDays = cycles,
            MeanCycleDays = cycles.Count == 0 ? 0 : Math.Round(cycles.Values.Average(), 4),
            HumanHours = Math.Round(humans.HumanMinutes / 60, 3),
            CostUsd = byTier is null ? null : Math.Round(byTier.Values.Sum(), 4),
            CostByTier = byTier?.ToDictionary(p => p.Key, p => Math.Round(p.Value, 4), StringComparer.Ordinal),
        };
    }

    private static SortedDictionary<string, decimal>? CostByTier(FirmManifest manifest, EngagementTimes times, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        var byTier = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (tier, (prompt, completion)) in times.TokensByTier)
        {
            var model = manifest.ModelTiers.FirstOrDefault(t => t.Id == tier)?.Model;
            if (model is null || !prices.TryGetValue(model, out var price))
            {
                return null;
            }

            byTier[tier] = byTier.GetValueOrDefault(tier) + (((prompt * price.InputPerMillionUsd) + (completion * price.OutputPerMillionUsd)) / 1_000_000m);
        }

        return byTier;
    }
}
