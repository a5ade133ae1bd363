using NexusSim.Core.Time;

namespace NexusSim.Core.Metrics;

/// <summary>
/// Time and tokens of one engagement on the simulated clock: when work on each deliverable started
/// and last ended (its cycle), and the tokens each model tier spent (for cost by the tier's model).
/// Safe to update from concurrent lanes.
/// </summary>
public sealed class EngagementTimes
{
    private readonly object _sync = new();
    private readonly Dictionary<string, (double Start, double End)> _deliverables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Prompt, long Completion)> _tiers = new(StringComparer.Ordinal);

    /// <summary>Work on <paramref name="deliverableId"/> from <paramref name="start"/> to <paramref name="end"/> (minutes since the epoch).</summary>
    public void Observe(string deliverableId, double start, double end)
    {
        ArgumentNullException.ThrowIfNull(deliverableId);
        lock (_sync)
        {
            _deliverables[deliverableId] = _deliverables.TryGetValue(deliverableId, out var seen)
                ? (Math.Min(seen.Start, start), Math.Max(seen.End, end))
                : (start, end);
        }
    }

    /// <summary>Tokens a turn of a <paramref name="tier"/> agent spent.</summary>
    public void AddTokens(string tier, long prompt, long completion)
    {
        ArgumentNullException.ThrowIfNull(tier);
        lock (_sync)
        {
            var seen = _tiers.GetValueOrDefault(tier);
            _tiers[tier] = (seen.Prompt + prompt, seen.Completion + completion);
        }
    }

    /// <summary>Prompt and completion tokens by tier id.</summary>
    public IReadOnlyDictionary<string, (long Prompt, long Completion)> TokensByTier
    {
        get
        {
            lock (_sync)
            {
                return new Dictionary<string, (long, long)>(_tiers, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Each deliverable's cycle in working days (first work started to last work ended), by id.</summary>
    public IReadOnlyDictionary<string, double> CycleDays(HumanCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        lock (_sync)
        {
            return _deliverables.ToDictionary(p => p.Key, p => WorkingCalendar.WorkingDaysBetween(p.Value.Start, p.Value.End, capacity), StringComparer.Ordinal);
        }
    }
}
