namespace NexusSim.Core.Manifest.Loading;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
public static class NearestName
{
    /// <summary>
    /// The name of <paramref name="known"/> nearest <paramref name="value"/> by edit distance (<see cref="EditDistance"/>),
    /// or null when none is close (within a third of its length, at least 2) or when two or more are equally
    /// near (<c>of</c> is one edit from both <c>on</c> and <c>off</c>: picking one would be a coin toss).
    /// </summary>
    public static string? Find(string value, IEnumerable<string> known) => Nearest(value, known) is [var one] ? one : null;

    /// <summary>
    /// Every name of <paramref name="known"/> at the smallest edit distance from <paramref name="value"/>, in
    /// the order given, when that distance is close (within a third of its length, at least 2); else none.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(known);
        var best = new List<string>();
        var bestDistance = Math.Max(2, value.Length / 3);
        foreach (var candidate in known.Distinct(StringComparer.Ordinal))
        {
            var distance = EditDistance.Between(value, candidate);
            if (distance < bestDistance)
            {
                best.Clear();
                bestDistance = distance;
            }

            if (distance == bestDistance)
            {
                best.Add(candidate);
            }
        }

        return best;
    }

    /// <summary>
    /// The guess that opens a fix: "Did you mean 'x'? " when one name is nearest, "'of' is one edit from
    /// both 'on' and 'off'; write one of them. " when several are equally near, else empty.
    /// </summary>
    public static string Guess(string value, IEnumerable<string> known)
    {
        var nearest = Nearest(value, known);
        return nearest switch
        {
            [] => string.Empty,
            [var one] => $"Did you mean '{one}'? ",
            _ => Tie(value, nearest) + " ",
        };
    }

    /// <summary>
    /// <see cref="Guess"/> to append to a sentence: " Did you mean 'x'?" (with its leading space), the tie's
    /// sentence likewise, else empty.
    /// </summary>
    public static string Appended(string value, IEnumerable<string> known) =>
        Guess(value, known) is { Length: > 0 } guess ? " " + guess.TrimEnd() : string.Empty;

    /// <summary>A fix text: "Did you mean 'x'? " when a name is close, then the known names.</summary>
    public static string Hint(string value, IReadOnlyCollection<string> known, string what) =>
        Fix(value, known, $"Use one of the {what}");

    /// <summary>
    /// A fix text: the <see cref="Guess"/>, then <paramref name="lead"/> with the known names ("Use one of:
    /// on, off."); a tie between every known name is said once, without the list repeating it.
    /// </summary>
    public static string Fix(string value, IReadOnlyCollection<string> known, string lead)
    {
        ArgumentNullException.ThrowIfNull(known);
        var nearest = Nearest(value, known);
        if (nearest.Count > 1 && nearest.Count == known.Distinct(StringComparer.Ordinal).Count())
        {
            return Tie(value, nearest);
        }

        var list = known.Count == 0 ? "none is defined" : string.Join(", ", known.Take(20));
        return $"{Guess(value, known)}{lead}: {list}.";
    }

    private static string Tie(string value, IReadOnlyList<string> nearest)
    {
        var distance = EditDistance.Between(value, nearest[0]);
        var edits = distance switch { 1 => "one edit", 2 => "two edits", _ => $"{distance} edits" };
        var quoted = nearest.Select(n => $"'{n}'").ToArray();
        var names = quoted.Length == 2 ? $"both {quoted[0]} and {quoted[1]}" : $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}";
        return $"'{value}' is {edits} from {names}; write one of them.";
    }
}
