using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Each failure-mode scenario run as given (its catching mechanism left on) and as <c>NAME:uncaught</c>
/// (the scenario switches the mechanism off), side by side, one chart per effect a scenario can have:
/// defects shipped (fantasy approval, terminology drift), rubber-stamp passes, actions executed without
/// authority (role drift) and the share of runs that completed (pricing drift is caught at intake, so
/// its runs are declined). One pair of bars per cell of the grid (<see cref="ScenarioCells"/>), each bar
/// the mean over that cell's seeds; the cells are listed down the left, where a long label has room.
/// A chart is drawn only when some scenario run reports its figure. Each cell has a slot at least as
/// tall as its name (two lines when marked) and a gap, so the picture grows taller than 540 pixels
/// with the cells; past <see cref="MaxCellsPerImage"/> cells a chart is split into images of about
/// equal numbers of cells (<c>NAME_part1</c>, <c>NAME_part2</c>…), all with the same value axis.
/// </summary>
internal static class ScenarioCharts
{
    /// <summary>The share of runs whose status is completed, computed from the records rather than a metric column.</summary>
    public const string CompletedShare = "completed_share";

    /// <summary>The legend of the bars of the runs named <c>NAME</c>.</summary>
    public const string SwitchOnLegend = "scenario as given: its switch leaves the mechanism on";

    /// <summary>The legend of the bars of the runs named <c>NAME:uncaught</c>.</summary>
    public const string SwitchOffLegend = "scenario:uncaught: its switch turns the mechanism off";

    /// <summary>The most cells one image holds; a chart of more is split over several.</summary>
    public const int MaxCellsPerImage = 60;

    // Pixels kept between two neighbouring cells' names.
    private const double NameGap = 6;

    // The fewest pixels a cell's slot has, so each of its bars is at least about 10 thick.
    private const double MinSlot = 28;

    // Pixels of the picture besides the cells' slots: title, value axis and its label, legend
    // (174.5 measured at any height).
    private const int Chrome = 176;

    private static readonly (string Metric, string Axis)[] Effects =
    [
        ("defects_shipped", "defects shipped (mean over seeds)"),
        ("rubber_stamps", "rubber-stamp passes (mean over seeds)"),
        ("unauthorized_executed", "actions executed without authority (mean over seeds)"),
        (CompletedShare, "share of runs completed"),
    ];

    /// <summary>The charts of the scenario rows, each with the size to draw it at; none when no run had a scenario.</summary>
    public static IEnumerable<ExperimentChart> Build(IReadOnlyList<ExperimentRow> rows)
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

            var chart = NameOf(metric);
            foreach (var part in Parts(scenarioRows, cells, chart, metric, axis))
            {
                yield return part;
            }
        }
    }

    /// <summary>Each scenario chart's file name (without extension) and its caption in report.html: what its bars show.</summary>
    public static IEnumerable<(string Name, string Caption)> Captions =>
        Effects.Select(e => (NameOf(e.Metric), $"Failure-mode scenarios, each with its catching mechanism on (NAME) and off (NAME:uncaught): {e.Axis}"));

    // scenarios_mechanism_on_off for the first effect (defects shipped), scenarios_mechanism_on_off_<metric> for the others.
    private static string NameOf(string metric) => metric == Effects[0].Metric ? "scenarios_mechanism_on_off" : "scenarios_mechanism_on_off_" + metric;

    /// <summary>How many images <paramref name="count"/> cells are split over.</summary>
    public static int PartCount(int count) => Math.Max(1, (count + MaxCellsPerImage - 1) / MaxCellsPerImage);

    /// <summary>The pixel height of an image of <paramref name="labels"/>: a slot per cell as tall as the tallest name and a gap (at least 28 pixels), at least 540 in all.</summary>
    public static int HeightFor(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0)
        {
            return ExperimentCharts.Height;
        }

        using var paint = Paint.NewDisposablePaint();
        var style = new Plot().Axes.Left.TickLabelStyle;
        var slot = Math.Max(MinSlot, labels.Max(l => style.Measure(l, paint).Size.Height) + NameGap);
        return (int)Math.Max(ExperimentCharts.Height, Math.Ceiling(Chrome + (labels.Count * slot)));
    }

    // The chart's images: one, or parts of about equal numbers of cells, with one value axis for all.
    private static List<ExperimentChart> Parts(List<ExperimentRow> rows, ScenarioCells cells, string chart, string metric, string axis)
    {
        var count = cells.Labels.Count;
        var parts = PartCount(count);
        var charts = new List<ExperimentChart>();
        for (var p = 0; p < parts; p++)
        {
            var first = count * p / parts;
            var labels = cells.Labels.Skip(first).Take((count * (p + 1) / parts) - first).ToList();
            var name = parts == 1 ? chart : $"{chart}_part{p + 1}";
            var title = parts == 1 ? metric.Replace('_', ' ') : $"{metric.Replace('_', ' ')} ({p + 1} of {parts})";
            charts.Add(new ExperimentChart(name, Draw(rows, cells, first, labels, metric, title, axis), ExperimentCharts.Width, HeightFor(labels)));
        }

        var left = charts.Min(c => c.Plot.Axes.Bottom.Range.Min);
        var right = charts.Max(c => c.Plot.Axes.Bottom.Range.Max);
        foreach (var c in charts)
        {
            c.Plot.Axes.SetLimitsX(left, right);
        }

        return charts;
    }

    /// <summary>Where category <paramref name="index"/> of <paramref name="count"/> sits on the left axis: the first at the top.</summary>
    public static double Slot(int index, int count) => count - 1 - index;

    // The cells first … first + labels.Count - 1.
    private static Plot Draw(List<ExperimentRow> rows, ScenarioCells cells, int first, List<string> labels, string metric, string title, string axis)
    {
        var plot = new Plot();
        // The switched-on bar above the switched-off one, as the legend lists them.
        AddSeries(plot, rows, cells, first, labels.Count, metric, uncaught: false, 0.2, SwitchOnLegend);
        AddSeries(plot, rows, cells, first, labels.Count, metric, uncaught: true, -0.2, SwitchOffLegend);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => Slot(i, labels.Count)).ToArray(), [.. labels]);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(-0.5, labels.Count - 0.5);
        // Centred over the whole picture: the data area, beside the cells' names, may be narrow.
        plot.Title($"Scenarios, switch on and off: {title}");
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(axis);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddSeries(Plot plot, List<ExperimentRow> rows, ScenarioCells cells, int first, int count, string metric, bool uncaught, double offset, string legend)
    {
        var positions = new List<double>();
        var values = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var found = rows.Where(r => ScenarioCells.IsUncaught(r.Cell.Scenario) == uncaught && cells.IndexOf(r) == first + i)
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
