using System.Buffers;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// Aggregates agree with their parts. A paragraph that calls a figure "the average of" (or "the mean
/// of") its parts states one-decimal scores that must equal the mean of the first figure of each row
/// of the section's table; a table row labelled just Average, Mean or Overall must equal, column by column,
/// the mean of the rows above it; a row headed Total must equal their sum. Rounding for display is
/// allowed for, nothing more.
/// </summary>
internal static class AggregateRules
{
    public static IEnumerable<GateIssue> Check(DocumentSection section)
    {
        var tables = MarkdownTable.FindAll(section.Lines, section.HeadingLine + 1);
        foreach (var issue in tables.SelectMany(TableRows))
        {
            yield return issue;
        }

        var parts = tables.Select(FirstColumnScores).FirstOrDefault(p => p is { Count: >= 2 });
        if (parts is null)
        {
            yield break;
        }

        var mean = parts.Average(p => p.Value);
        var slack = parts.Max(p => p.HalfUnit);
        foreach (var line in section.Lines.Where(l => !l.TrimStart().StartsWith('|') && SaysAverageOf(l)))
        {
            foreach (var stated in Figures.Find(Figures.StripCitations(line)).Select(StatedFigure.Read).OfType<StatedFigure>().Where(IsScore))
            {
                if (!stated.Admits(mean, slack))
                {
                    yield return new GateIssue(CheckKind.Analytics,
                        $"Stated average {stated} is not the mean of its {parts.Count} listed parts ({Round(mean)}) in '{section.Heading}'",
                        stated.Text);
                }
            }
        }
    }

    private static IEnumerable<GateIssue> TableRows(MarkdownTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var label = table.Rows[r].Cells.Count > 0 ? table.Rows[r].Cells[0] : string.Empty;
            var word = Label(label);
            var isTotal = word == "total";
            var isMean = word is "average" or "mean" or "overall";
            if (!isTotal && !isMean)
            {
                continue;
            }

            var above = table.Rows.Take(r).ToList();
            for (var c = 1; c < table.Header.Count; c++)
            {
                var stated = MarkdownTable.Figure(table.Rows[r], c);
                var parts = above.Select(row => MarkdownTable.Figure(row, c)).ToList();
                if (stated is null || parts.Count < 2 || parts.Any(p => p is null))
                {
                    continue;
                }

                var sum = parts.Sum(p => p!.Value);
                var expected = isTotal ? sum : sum / parts.Count;
                var slack = isTotal ? parts.Sum(p => p!.HalfUnit) : parts.Max(p => p!.HalfUnit);
                if (!stated.Admits(expected, slack))
                {
                    var what = isTotal ? "sum" : "mean";
                    yield return new GateIssue(CheckKind.Analytics,
                        $"'{label}' under '{table.Header[c]}' states {stated}; the {what} of the {parts.Count} rows above is {Round(expected)}",
                        table.Rows[r].Text);
                }
            }
        }
    }

    // The first figure of each row, when every row's first figure is a score (one decimal, no unit).
    private static List<StatedFigure>? FirstColumnScores(MarkdownTable table)
    {
        var firsts = table.Rows
            .Where(r => r.Cells.Count > 1 && !IsAggregateLabel(r.Cells[0]))
            .Select(r => r.Cells.Skip(1).Select(StatedFigure.First).FirstOrDefault(f => f is not null))
            .ToList();
        return firsts.Count > 0 && firsts.All(f => f is not null && IsScore(f)) ? [.. firsts.OfType<StatedFigure>()] : null;
    }

    // A row is an aggregate only when its label is the word alone ("Total", "**Average**", "Overall:"):
    // "Average claims cycle time" names a metric, not the mean of the rows above.
    private static bool IsAggregateLabel(string label) => Label(label) is "total" or "average" or "mean" or "overall";

    private static string Label(string cell) => cell.Trim().Trim('*', '_', ':', ' ').ToLowerInvariant();

    private static bool IsScore(StatedFigure figure) =>
        !figure.IsMoney && !figure.IsPercent && figure.HalfUnit == 0.05m && figure.Value <= 10m;

    // SearchValues: an OrdinalIgnoreCase Contains runs a character at a time under invariant globalization.
    private static readonly SearchValues<string> AverageOf = SearchValues.Create(["average of", "mean of"], StringComparison.OrdinalIgnoreCase);

    private static bool SaysAverageOf(string line) => line.AsSpan().ContainsAny(AverageOf);

    private static string Round(decimal value) =>
        Math.Round(value, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
