using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// The content tests' one reader of a Markdown table in a deliverable (written for the tests; it reads neither
/// prompts/content nor the stub's code): a row's cells, trimmed, with citation markers (<c>[S3]</c>) cut, and a
/// section's first table as rows keyed by its header.
/// </summary>
public static partial class TableReader
{
    /// <summary>The cells of a table row (<c>| a | b [S2] |</c> gives <c>a</c>, <c>b</c>).</summary>
    public static string[] Cells(string row) =>
        [.. row.Trim().Trim('|').Split('|').Select(c => Citation().Replace(c, string.Empty).Trim())];

    /// <summary>
    /// The body rows of the first table among <paramref name="lines"/>, each keyed by the header's cells (a row with
    /// fewer cells than the header gets empty ones); empty when the lines hold no table with a header and a body.
    /// </summary>
    public static List<Dictionary<string, string>> Rows(IEnumerable<string> lines)
    {
        var table = lines.SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        if (table.Count < 3)
        {
            return [];
        }

        var header = Cells(table[0]);
        return [.. table.Skip(2).Select(Cells).Select(c => header.Select((h, i) => (h, v: i < c.Length ? c[i] : string.Empty)).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal))];
    }

    /// <summary>The body rows of every table of <paramref name="markdown"/>, in order, each keyed by its own table's header.</summary>
    public static IEnumerable<Dictionary<string, string>> AllRows(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('|') && (i == 0 || !lines[i - 1].StartsWith('|')))
            {
                foreach (var row in Rows(lines.Skip(i)))
                {
                    yield return row;
                }
            }
        }
    }

    [GeneratedRegex(@"\s*\[S\d+\]")]
    private static partial Regex Citation();
}
