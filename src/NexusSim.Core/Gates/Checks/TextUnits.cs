using System.Text;
using System.Text.RegularExpressions;

namespace NexusSim.Core.Gates;

/// <summary>
/// Splits body lines into the units the evidence rule speaks of. A table row is one unit (a header
/// row, the row above a <c>|---|</c> separator, is a heading and yields nothing); a paragraph or a
/// list item is split into sentences. A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> followed by
/// space and a capital, a digit or an opening quote; a citation right after the stop
/// (<c>… 18%. [S2]</c>) stays with the sentence it follows. Headings, ordered-list enumerators and
/// list bullets are not part of any unit.
/// </summary>
internal static partial class TextUnits
{
    public static IReadOnlyList<TextUnit> Split(IReadOnlyList<string> lines, int firstLineNumber)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var units = new List<TextUnit>();
        var paragraph = new StringBuilder();
        var paragraphLine = 0;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                units.AddRange(SplitSentences(paragraph.ToString()).Select(s => new TextUnit(s, paragraphLine)));
                paragraph.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var number = firstLineNumber + i;
            if (line.Length == 0 || line.StartsWith('#') || IsTableSeparator(line))
            {
                Flush();
                continue;
            }

            if (line.StartsWith('|'))
            {
                Flush();
                var isHeader = i + 1 < lines.Count && IsTableSeparator(lines[i + 1].Trim());
                if (!isHeader)
                {
                    units.Add(new TextUnit(line, number));
                }

                continue;
            }

            line = line.TrimStart('>').Trim();
            var item = ListMarker().Match(line);
            if (item.Success)
            {
                Flush();
                line = line[item.Length..];
            }

            if (paragraph.Length == 0)
            {
                paragraphLine = number;
            }
            else
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
        }

        Flush();
        return units;
    }

    public static bool IsTableSeparator(string line) => TableSeparator().IsMatch(line);

    private static IEnumerable<string> SplitSentences(string paragraph) =>
        SentenceBreak().Split(paragraph).Where(s => s.Trim().Length > 0);

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"(?<=[.!?][""')\]*_]*)\s+(?=[\p{Lu}\p{N}""'(*_$])")]
    private static partial Regex SentenceBreak();
}
