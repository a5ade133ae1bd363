using NexusSim.Core.Manifest.Variants;
using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Each failure-mode scenario with its catching mechanism on (<c>NAME</c>) and off
/// (<c>NAME:uncaught</c>), side by side, one chart per effect a scenario can have: defects shipped
/// (fantasy approval, terminology drift), rubber-stamp passes, actions executed without authority
/// (role drift) and the share of runs that completed (pricing drift is caught at intake, so its
/// runs are declined). A chart is drawn only when some scenario run reports its figure.
/// </summary>
internal static class ScenarioCharts
{
    /// <summary>The share of runs whose status is completed, computed from the records rather than a metric column.</summary>
    public const string CompletedShare = "completed_share";

    private static readonly (string Metric, string Axis)[] Effects =
    [
        ("defects_shipped", "defects shipped (mean)"),
        ("rubber_stamps", "rubber-stamp passes (mean)"),
        ("unauthorized_executed", "actions executed without authority (mean)"),
        (CompletedShare, "share of runs completed"),
    ];

    /// <summary>The charts (name, plot) of the scenario rows; none when no run had a scenario.</summary>
    public static IEnumerable<(string Name, Plot Plot)> Build(IReadOnlyList<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scenarioRows = rows.Where(r => r.Cell.Scenario != ExperimentCell.NoScenario).ToList();
        if (scenarioRows.Count == 0)
        {
            yield break;
        }

        // One category per scenario, and per protocol / variant when several ran: a variant that
        // switches the mechanism off by a setting (authority=record_only) must not be averaged in.
        var several = scenarioRows.Select(Arm).Distinct(StringComparer.Ordinal).Count() > 1;
        string Category(ExperimentRow row) => several ? $"{Arm(row)} / {BaseName(row.Cell.Scenario)}" : BaseName(row.Cell.Scenario);
        var names = scenarioRows.Select(Category).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (metric, axis) in Effects)
        {
            if (scenarioRows.All(r => Value(r, metric) is null))
            {
                continue;
            }

            var chart = metric == Effects[0].Metric ? "scenarios_mechanism_on_off" : "scenarios_mechanism_on_off_" + metric;
            yield return (chart, Draw(scenarioRows, names, Category, metric, axis));
        }
    }

    private static Plot Draw(List<ExperimentRow> rows, List<string> names, Func<ExperimentRow, string> category, string metric, string axis)
    {
        var plot = new Plot();
        AddSeries(plot, rows, names, category, metric, uncaught: false, -0.2, "mechanism on (NAME)");
        AddSeries(plot, rows, names, category, metric, uncaught: true, 0.2, "mechanism off (NAME:uncaught)");
        ExperimentCharts.Categories(plot, names);
        plot.Title($"Each scenario with its mechanism on and off: {metric.Replace('_', ' ')}");
        plot.YLabel(axis);
        // Beside the bars, not over them.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddSeries(Plot plot, List<ExperimentRow> rows, List<string> names, Func<ExperimentRow, string> category, string metric, bool uncaught, double offset, string legend)
    {
        var positions = new List<double>();
        var values = new List<double>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var found = rows.Where(r => category(r) == name && IsUncaught(r.Cell.Scenario) == uncaught).Select(r => Value(r, metric)).OfType<double>().ToList();
            if (found.Count > 0)
            {
                positions.Add(i + offset);
                values.Add(found.Average());
            }
        }

        if (positions.Count == 0)
        {
            return;
        }

        var bars = plot.Add.Bars(positions.ToArray(), values.ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.38;
        }

        bars.LegendText = legend;
    }

    private static double? Value(ExperimentRow row, string metric) =>
        metric == CompletedShare ? (row.Record.Status == Running.RunStatus.Completed ? 1 : 0) : row.Metric(metric);

    private static string Arm(ExperimentRow row) => row.Cell.Protocol + " / " + row.Cell.Variant.Name;

    private static bool IsUncaught(string scenario) => scenario.EndsWith(FailureScenarios.Uncaught, StringComparison.Ordinal);

    private static string BaseName(string scenario) =>
        scenario.EndsWith(FailureScenarios.Uncaught, StringComparison.Ordinal) ? scenario[..^FailureScenarios.Uncaught.Length] : scenario;
}
