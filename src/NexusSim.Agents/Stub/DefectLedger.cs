using System.Collections.Concurrent;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Stub;

/// <summary>
/// Ground truth kept outside the text: the defects the stub planted in each version it wrote, by
/// content hash. Reports compare it with what the gates caught and what reached the client.
/// </summary>
public sealed class DefectLedger
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<PlantedDefect>> _byHash = new(StringComparer.Ordinal);

    /// <summary>
    /// Records the defects of the version with <paramref name="contentHash"/>. The first record of a
    /// hash stands: the same text carries the same defects, whichever step wrote it again.
    /// </summary>
    public void Record(string contentHash, IReadOnlyList<PlantedDefect> defects)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        ArgumentNullException.ThrowIfNull(defects);
        _byHash.TryAdd(contentHash, defects);
    }

    /// <summary>The content hash the engine gives a submitted text (it stores the text trimmed).</summary>
    public static string HashOf(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return NexusSim.Core.Determinism.StableHash.HexOfText(markdown.Trim());
    }

    /// <summary>The defects planted in the version with <paramref name="contentHash"/> (none when unknown).</summary>
    public IReadOnlyList<PlantedDefect> For(string contentHash) =>
        _byHash.TryGetValue(contentHash, out var defects) ? defects : [];

    /// <summary>Every version recorded.</summary>
    public int Count => _byHash.Count;
}
