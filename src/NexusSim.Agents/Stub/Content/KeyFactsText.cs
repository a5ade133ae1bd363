namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The editor's own reading of a <c>Key facts:</c> line (<c>name = value [S1]; ...</c>): the named
/// values without their citation markers, and a way to set one while keeping its markers.
/// Written for the editing side; the gates read the line with their own code.
/// </summary>
internal static class KeyFactsText
{
    public const string Label = "Key facts:";

    /// <summary>The index of the Key facts line in <paramref name="lines"/>, or -1.</summary>
    public static int Find(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].TrimStart().StartsWith(Label, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Name (lower case, spaces collapsed) to value (markers removed), in line order.</summary>
    public static List<(string Name, string Value)> Read(string line)
    {
        var start = line.IndexOf(Label, StringComparison.OrdinalIgnoreCase);
        var pairs = new List<(string, string)>();
        if (start < 0)
        {
            return pairs;
        }

        foreach (var part in line[(start + Label.Length)..].Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                pairs.Add((Name(part[..equals]), StripMarkers(part[(equals + 1)..])));
            }
        }

        return pairs;
    }

    /// <summary>The line with <paramref name="name"/>'s value set to <paramref name="value"/>, markers kept.</summary>
    public static string Set(string line, string name, string value)
    {
        var start = line.IndexOf(Label, StringComparison.OrdinalIgnoreCase) + Label.Length;
        var parts = line[start..].Split(';');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && Name(parts[i][..equals]) == name)
            {
                parts[i] = parts[i][..(equals + 1)] + " " + value + Markers(parts[i][(equals + 1)..]);
            }
        }

        return line[..start] + string.Join(';', parts);
    }

    private static string Name(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    // "3.2 [S4] [S5]" -> "3.2": cut at the first " [S" marker.
    private static string StripMarkers(string text)
    {
        var trimmed = text.Trim();
        var marker = trimmed.IndexOf(" [S", StringComparison.Ordinal);
        return marker < 0 ? trimmed : trimmed[..marker].TrimEnd();
    }

    private static string Markers(string text)
    {
        var trimmed = text.Trim();
        var marker = trimmed.IndexOf(" [S", StringComparison.Ordinal);
        return marker < 0 ? string.Empty : trimmed[marker..].TrimEnd();
    }
}
