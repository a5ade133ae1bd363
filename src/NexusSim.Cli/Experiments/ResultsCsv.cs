using System.Globalization;
using CsvHelper;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Writes results.csv: one row per run with the columns of <see cref="Header"/>, text cells made safe
/// for spreadsheets (<see cref="CsvSafety"/>), numbers in the invariant culture, an empty cell for a
/// figure the run does not report.
/// </summary>
internal static class ResultsCsv
{
    public const string FileName = "results.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["protocol", "variant", "scenario", "brief", "firm", "seed", "status", .. ExperimentMetrics.Names];

    public static void Write(string path, IEnumerable<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var row in rows)
        {
            var cell = row.Cell;
            foreach (var text in new[] { cell.Protocol, cell.Variant.Name, cell.Scenario, cell.BriefLabel, cell.FirmLabel })
            {
                csv.WriteField(CsvSafety.Cell(text));
            }

            csv.WriteField(cell.Seed.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(CsvSafety.Cell(row.Record.Status));
            foreach (var name in ExperimentMetrics.Names)
            {
                csv.WriteField(row.Metric(name) is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
            }

            csv.EndRecord();
        }
    }
}
