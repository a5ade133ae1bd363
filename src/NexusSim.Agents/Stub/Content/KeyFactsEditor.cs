namespace NexusSim.Agents.Stub.Content;

/// <summary>Sets one value on a <c>Key facts:</c> line, keeping that value's citation markers.</summary>
internal static class KeyFactsEditor
{
    /// <summary>The label that opens the key-facts line the stub writes.</summary>
    public const string Label = "Key facts:";

    public static string SetValue(string line, string name, string value)
    {
        var label = line.IndexOf(Label, StringComparison.OrdinalIgnoreCase);
        if (label < 0)
        {
            return line;
        }

        var start = label + Label.Length;
        var pairs = line[start..].Split(';');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && Name(pairs[i][..equals]) == Name(name))
            {
                var markers = string.Concat(NumberTokens.Citations(pairs[i]).Select(n => $" [S{n}]"));
                pairs[i] = pairs[i][..(equals + 1)] + " " + value + markers;
            }
        }

        return line[..start] + string.Join(';', pairs);
    }

    // Names match case-insensitively, with '_' read as a space and bold markers ignored.
    private static string Name(string name) =>
        string.Join(' ', name.Replace('_', ' ').Replace("*", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
