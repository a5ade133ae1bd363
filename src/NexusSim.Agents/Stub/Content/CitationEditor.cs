using System.Globalization;

namespace NexusSim.Agents.Stub.Content;

/// <summary>Adds a citation marker to a sentence (before its closing stop) or a table row (in its last cell).</summary>
internal static class CitationEditor
{
    public static string Cite(string line, TextSpan span, int source)
    {
        var marker = " [S" + source.ToString(CultureInfo.InvariantCulture) + "]";
        if (span.IsTableRow)
        {
            var trimmed = line.TrimEnd();
            return trimmed.EndsWith('|') && trimmed.Length > 1
                ? trimmed[..^1].TrimEnd() + marker + " |"
                : trimmed + marker;
        }

        var end = span.Start + span.Length;
        var insert = end;
        while (insert > span.Start && line[insert - 1] is '"' or '\'' or ')' or '*' or '_')
        {
            insert--;
        }

        if (insert > span.Start && line[insert - 1] is '.' or '!' or '?' or ':' or ';')
        {
            insert--;
        }
        else
        {
            insert = end;
        }

        return line[..insert] + marker + line[insert..];
    }

    /// <summary>True when the unit has a figure equal to <paramref name="figure"/> (or any, when null) and no citation.</summary>
    public static bool IsUnsourced(string text, string? figure)
    {
        var figures = NumberTokens.Find(text);
        return figures.Count > 0 && NumberTokens.Citations(text).Count == 0
            && (figure is null || figures.Contains(figure, StringComparer.Ordinal));
    }
}
