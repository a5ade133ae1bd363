using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Token counts of the prompt parts a turn sends again and again, so each is tokenized once: every
/// call of a turn re-sends the turn's earlier messages and the same tool definitions, and every turn
/// of an agent sends the same identity text. Three memories, none of which grows with the number of
/// engagements: this turn's texts by content (dropped with the turn), any text by string instance
/// (weak: an entry goes when its string does), and tool definitions by content (a fixed set per
/// firm, capped). What none of them knows goes to <see cref="SegmentTokenCounter.Shared"/>, which
/// tokenizes only the lines it has not seen. A count is a pure function of the text, so caching
/// changes no figure.
/// </summary>
internal sealed class TokenCountCache
{
    /// <summary>At most this many tool texts are remembered process-wide; more are counted each time.</summary>
    public const int MaxSharedEntries = 1024;

    private static readonly ConditionalWeakTable<string, StrongBox<int>> ByInstance = new();
    private static readonly ConcurrentDictionary<string, int> Shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _turn = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The o200k tokens of <paramref name="text"/>, from memory when it was counted before.</summary>
    public int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (ByInstance.TryGetValue(text, out var known))
        {
            return known.Value;
        }

        lock (_gate)
        {
            if (_turn.TryGetValue(text, out var counted))
            {
                return counted;
            }
        }

        var count = SegmentTokenCounter.Shared.Count(text);
        lock (_gate)
        {
            _turn[text] = count;
        }

        ByInstance.AddOrUpdate(text, new StrongBox<int>(count));
        return count;
    }

    /// <summary>The o200k tokens of a tool definition's <paramref name="text"/>, remembered process-wide (up to <see cref="MaxSharedEntries"/>).</summary>
    public static int CountShared(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (Shared.TryGetValue(text, out var count))
        {
            return count;
        }

        count = SegmentTokenCounter.Shared.Count(text);
        if (Shared.Count < MaxSharedEntries)
        {
            Shared.TryAdd(text, count);
        }

        return count;
    }

    /// <summary>How many tool texts are remembered process-wide (for tests of the cap).</summary>
    public static int SharedCount => Shared.Count;
}
