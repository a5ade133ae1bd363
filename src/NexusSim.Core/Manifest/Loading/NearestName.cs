namespace NexusSim.Core.Manifest.Loading;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
public static class NearestName
{
    /// <summary>The name of <paramref name="known"/> nearest <paramref name="value"/> by edit distance (<see cref="EditDistance"/>), or null when none is close (within a third of its length, at least 2).</summary>
    public static string? Find(string value, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(value);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance.Between(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, value.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>A fix text: "Did you mean 'x'?" when a name is close, then the known names.</summary>
    public static string Hint(string value, IReadOnlyCollection<string> known, string what)
    {
        var nearest = Find(value, known);
        var list = known.Count == 0 ? $"none is defined" : string.Join(", ", known.Take(20));
        var prefix = nearest is null ? string.Empty : $"Did you mean '{nearest}'? ";
        return $"{prefix}Use one of the {what}: {list}.";
    }
}
