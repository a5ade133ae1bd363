using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Finds the units the evidence check reads (the same rules as Core's: a table row is one unit, a
/// header row none; a paragraph or list item splits into sentences), one line at a time. The
/// library writes every paragraph on one line, so a line-level split matches the check's.
/// </summary>
internal static partial class TextSpans
{
    public static IReadOnlyList<TextSpan> Find(IReadOnlyList<string> lines)
    {
        var spans = new List<TextSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || IsTableSeparator(trimmed))
            {
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                var isHeader = i + 1 < lines.Count && IsTableSeparator(lines[i + 1].Trim());
                if (!isHeader)
                {
                    spans.Add(new TextSpan(i, 0, line.Length, true));
                }

                continue;
            }

            var start = line.Length - line.TrimStart().Length;
            while (start < line.Length && (line[start] == '>' || line[start] == ' '))
            {
                start++;
            }

            var marker = ListMarker().Match(line, start);
            if (marker.Success && marker.Index == start)
            {
                start += marker.Length;
            }

            var end = line.TrimEnd().Length;
            foreach (Match brk in SentenceBreak().Matches(line[..end], start))
            {
                spans.Add(new TextSpan(i, start, brk.Index - start, false));
                start = brk.Index + brk.Length;
            }

            if (end > start)
            {
                spans.Add(new TextSpan(i, start, end - start, false));
            }
        }

        return spans;
    }

    public static bool IsTableSeparator(string line) => TableSeparator().IsMatch(line);

    /// <summary>True for a plain paragraph line (not blank, heading, table or list item).</summary>
    public static bool IsParagraph(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith('|')
            && !trimmed.StartsWith('>') && !ListMarker().IsMatch(trimmed);
    }

    [GeneratedRegex(@"\G(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"(?<=[.!?][""')\]*_]*)\s+(?=[\p{Lu}\p{N}""'(*_$])")]
    private static partial Regex SentenceBreak();
}
