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

    // The sentence break of the summary, found without a pattern (TextUnitsSentenceTests hold it to one): a run
    // of white space after a stop and any closing marks, before a capital, a digit or an opening mark.
    internal static IReadOnlyList<string> SplitSentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        var at = 0;
        int stop;
        while ((stop = paragraph.AsSpan(at).IndexOfAny('.', '!', '?')) >= 0)
        {
            var space = at + stop + 1;
            while (space < paragraph.Length && paragraph[space] is '"' or '\'' or ')' or ']' or '*' or '_')
            {
                space++;
            }

            var next = space;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next > space && next < paragraph.Length && OpensSentence(paragraph[next]))
            {
                AddSentence(sentences, paragraph[start..space]);
                start = next;
            }

            at = Math.Max(next, at + stop + 1);
        }

        AddSentence(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool OpensSentence(char c) =>
        char.IsUpper(c) || char.IsNumber(c) || c is '"' or '\'' or '(' or '*' or '_' or '$';

    private static void AddSentence(List<string> sentences, string sentence)
    {
        if (!sentence.AsSpan().IsWhiteSpace())
        {
            sentences.Add(sentence);
        }
    }

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex TableSeparator();
}
