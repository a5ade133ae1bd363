using NexusSim.Core.Engagements;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Reporting;

namespace NexusSim.Cli.Experiments;

/// <summary>Writes an experiment's outputs from its rows: results.csv, summary.md, the charts and report.html.</summary>
internal static class ExperimentOutputs
{
    /// <summary>Writes every output into <paramref name="directory"/>, replacing earlier ones.</summary>
    public static async Task WriteAsync(string directory, IReadOnlyList<ExperimentRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(directory);
        ResultsCsv.Write(Path.Combine(directory, ResultsCsv.FileName), rows);
        var summary = SummaryMarkdown.Build(rows);
        await File.WriteAllTextAsync(Path.Combine(directory, SummaryMarkdown.FileName), summary, cancellationToken).ConfigureAwait(false);
        ExperimentCharts.Write(directory, rows);
        await ExperimentReport.WriteAsync(directory, summary, rows.Count, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One line naming what was written.</summary>
    public static string Describe(string directory, int rowCount) =>
        $"{Path.Combine(directory, ResultsCsv.FileName)} ({CountWords.Of(rowCount, "row")}), {SummaryMarkdown.FileName}, {ExperimentCharts.FolderName}/ (PNG and SVG) and {ReportHtml.FileName}";
}
