using System.Globalization;
using CsvHelper;

namespace NexusSim.Cli.Experiments;

/// <summary>Writes results.csv: one row per run, text cells made safe for spreadsheets (<see cref="CsvSafety"/>).</summary>
internal static class ResultsCsv
{
    public const string FileName = "results.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["protocol", "variant", "scenario", "brief", "firm", "seed", "status", .. ExperimentMetrics.Names, "run_id", "audit_head"];

    public static void Write(string path, IEnumerable<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
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

            csv.WriteField(CsvSafety.Cell(row.Record.RunId));
            csv.WriteField(CsvSafety.Cell(row.Record.AuditHead));
            csv.NextRecord();
        }
    }
}
