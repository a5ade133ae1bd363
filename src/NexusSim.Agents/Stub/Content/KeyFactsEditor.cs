using NexusSim.Core.Gates;

namespace NexusSim.Agents.Stub.Content;

/// <summary>Sets one value on a <c>Key facts:</c> line, keeping that value's citation markers.</summary>
internal static class KeyFactsEditor
{
    public static string SetValue(string line, string name, string value)
    {
        var label = line.IndexOf(KeyFactsLine.Label, StringComparison.OrdinalIgnoreCase);
        if (label < 0)
        {
            return line;
        }

        var start = label + KeyFactsLine.Label.Length;
        var pairs = line[start..].Split(';');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && KeyFactsLine.NormalizeName(pairs[i][..equals]) == KeyFactsLine.NormalizeName(name))
            {
                var markers = string.Concat(Figures.Citations(pairs[i]).Select(n => $" [S{n}]"));
                pairs[i] = pairs[i][..(equals + 1)] + " " + value + markers;
            }
        }

        return line[..start] + string.Join(';', pairs);
    }
}
