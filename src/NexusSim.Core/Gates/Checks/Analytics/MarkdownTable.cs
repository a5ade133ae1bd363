namespace NexusSim.Core.Gates;

/// <summary>A pipe table of a section: its header cells and its data rows (cells trimmed), with the row's file line.</summary>
internal sealed record MarkdownTable(IReadOnlyList<string> Header, IReadOnlyList<MarkdownTable.Row> Rows)
{
    /// <summary>One data row.</summary>
    public sealed record Row(IReadOnlyList<string> Cells, int Line, string Text);

    /// <summary>Every table in a section's lines: a header row, a separator row, then the rows up to the first non-table line.</summary>
    public static IReadOnlyList<MarkdownTable> FindAll(IReadOnlyList<string> lines, int firstLineNumber)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var tables = new List<MarkdownTable>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!IsRow(lines[i]) || !TextUnits.IsTableSeparator(lines[i + 1].Trim()))
            {
                continue;
            }

            var header = Cells(lines[i]);
            var rows = new List<Row>();
            var j = i + 2;
            for (; j < lines.Count && IsRow(lines[j]); j++)
            {
                rows.Add(new Row(Cells(lines[j]), firstLineNumber + j, lines[j].Trim()));
            }

            tables.Add(new MarkdownTable(header, rows));
            i = j - 1;
        }

        return tables;
    }

    /// <summary>The index of the first header cell containing any of <paramref name="words"/> (any case), or -1.</summary>
    public int Column(params string[] words) =>
        Header.Select((cell, index) => (cell, index))
            .Where(c => words.Any(w => c.cell.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(c => c.index)
            .DefaultIfEmpty(-1)
            .First();

    /// <summary>The figure a row states in a column (its first figure, citation markers ignored), or null.</summary>
    public static StatedFigure? Figure(Row row, int column) =>
        column >= 0 && column < row.Cells.Count ? StatedFigure.First(row.Cells[column]) : null;

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    private static List<string> Cells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|'))
        {
            trimmed = trimmed[..^1];
        }

        return [.. trimmed.Split('|').Select(c => c.Trim())];
    }
}
