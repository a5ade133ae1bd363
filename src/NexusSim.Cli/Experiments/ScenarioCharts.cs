using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Each failure-mode scenario run as given (its catching mechanism left on) and as <c>NAME:uncaught</c>
/// (the scenario switches the mechanism off), side by side, one chart per effect a scenario can have:
/// defects shipped (fantasy approval, terminology drift), rubber-stamp passes, actions executed without
/// authority (role drift) and the share of runs that completed (pricing drift is caught at intake, so
/// its runs are declined). One pair of bars per cell of the grid (<see cref="ScenarioCells"/>), each bar
/// the mean over that cell's seeds; the cells are listed down the left, where a long label has room.
/// A chart is drawn only when some scenario run reports its figure.
/// </summary>
internal static class ScenarioCharts
{
    /// <summary>The share of runs whose status is completed, computed from the records rather than a metric column.</summary>
    public const string CompletedShare = "completed_share";

    /// <summary>The legend of the bars of the runs named <c>NAME</c>.</summary>
    public const string SwitchOnLegend = "scenario as given: its switch leaves the mechanism on";

    /// <summary>The legend of the bars of the runs named <c>NAME:uncaught</c>.</summary>
    public const string SwitchOffLegend = "scenario:uncaught: its switch turns the mechanism off";

    private static readonly (string Metric, string Axis)[] Effects =
    [
        ("defects_shipped", "defects shipped (mean over seeds)"),
        ("rubber_stamps", "rubber-stamp passes (mean over seeds)"),
        ("unauthorized_executed", "actions executed without authority (mean over seeds)"),
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

        var cells = new ScenarioCells(scenarioRows);
        foreach (var (metric, axis) in Effects)
        {
            if (scenarioRows.All(r => Value(r, metric) is null))
            {
                continue;
            }

            var chart = metric == Effects[0].Metric ? "scenarios_mechanism_on_off" : "scenarios_mechanism_on_off_" + metric;
            yield return (chart, Draw(scenarioRows, cells, metric, axis));
        }
    }

    /// <summary>Where category <paramref name="index"/> of <paramref name="count"/> sits on the left axis: the first at the top.</summary>
    public static double Slot(int index, int count) => count - 1 - index;

    private static Plot Draw(List<ExperimentRow> rows, ScenarioCells cells, string metric, string axis)
    {
        var plot = new Plot();
        // The switched-on bar above the switched-off one, as the legend lists them.
        AddSeries(plot, rows, cells, metric, uncaught: false, 0.2, SwitchOnLegend);
        AddSeries(plot, rows, cells, metric, uncaught: true, -0.2, SwitchOffLegend);
        var labels = cells.Labels;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => Slot(i, labels.Count)).ToArray(), [.. labels]);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(-0.5, labels.Count - 0.5);
        // Centred over the whole picture: the data area, beside the cells' names, may be narrow.
        plot.Title($"Scenarios, switch on and off: {metric.Replace('_', ' ')}");
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(axis);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddSeries(Plot plot, List<ExperimentRow> rows, ScenarioCells cells, string metric, bool uncaught, double offset, string legend)
    {
        var positions = new List<double>();
        var values = new List<double>();
        var count = cells.Labels.Count;
        for (var i = 0; i < count; i++)
        {
            var found = rows.Where(r => ScenarioCells.IsUncaught(r.Cell.Scenario) == uncaught && cells.IndexOf(r) == i)
                .Select(r => Value(r, metric)).OfType<double>().ToList();
            if (found.Count > 0)
            {
                positions.Add(Slot(i, count) + offset);
                values.Add(found.Average());
            }
        }

        if (positions.Count == 0)
        {
            return;
        }

        var bars = plot.Add.Bars(positions.ToArray(), values.ToArray());
        bars.Horizontal = true;
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.38;
        }

        bars.LegendText = legend;
    }

    private static double? Value(ExperimentRow row, string metric) =>
        metric == CompletedShare ? (row.Record.Status == Running.RunStatus.Completed ? 1 : 0) : row.Metric(metric);
}
