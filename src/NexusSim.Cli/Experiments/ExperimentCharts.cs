using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The experiment's charts (ScottPlot), each as PNG and SVG in DIR/charts: quality against cost per
/// protocol and variant, makespan distributions, defects shipped per variant, and each scenario with
/// its catching mechanism on and off. Every chart is drawn from the rows alone, so the same rows give
/// the same charts.
/// </summary>
internal static class ExperimentCharts
{
    /// <summary>The charts' folder under the experiment folder.</summary>
    public const string FolderName = "charts";

    private const int Width = 900;
    private const int Height = 540;

    // Pixels per character of a tick label at ScottPlot's default size, a little generous.
    private const float ApproximateCharacterWidth = 7.5f;

    /// <summary>Writes every chart the rows allow; returns the chart names written (without extension).</summary>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var folder = Path.Combine(directory, FolderName);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        Save(folder, "quality_vs_cost", QualityAgainstCost(rows), written);
        Save(folder, "makespan_days", Strips(rows, r => r.Cell.Protocol + " / " + r.Cell.Variant.Name, "makespan_days", "Makespan per protocol / variant (one dot per run)", "makespan (working days)"), written);
        Save(folder, "defects_shipped_per_variant", MeanBars(rows, r => r.Cell.Variant.Name, "defects_shipped", "Defects shipped per variant (mean over runs)", "defects shipped"), written);
        foreach (var (name, plot) in ScenarioCharts.Build(rows))
        {
            Save(folder, name, plot, written);
        }

        return written;
    }

    private static void Save(string folder, string name, Plot plot, List<string> written)
    {
        plot.SavePng(Path.Combine(folder, name + ".png"), Width, Height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), Width, Height);
        written.Add(name);
    }

    // Cells whose means coincide (two protocols with the same cost and no defect shipped) would hide
    // one another under one shape: each cell takes the next of these, open shapes over filled ones,
    // so every cell stays visible where they meet.
    private static readonly MarkerShape[] CellShapes =
    [
        MarkerShape.FilledCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond,
        MarkerShape.Cross, MarkerShape.Eks, MarkerShape.OpenCircle, MarkerShape.OpenTriangleDown,
    ];

    // One point per protocol and variant: mean cost against mean defects shipped. The legend stands
    // beside the data area, not in it: the cells governance helps most (no defect shipped, a higher
    // cost) fall in the lower right, where a legend inside the plot would cover them.
    internal static Plot QualityAgainstCost(IReadOnlyList<ExperimentRow> rows)
    {
        var plot = new Plot();
        var index = 0;
        foreach (var group in rows.GroupBy(r => r.Cell.Protocol + " / " + r.Cell.Variant.Name))
        {
            var cost = Mean(group, "cost_usd");
            var shipped = Mean(group, "defects_shipped");
            if (cost is null || shipped is null)
            {
                continue;
            }

            var marker = plot.Add.Marker(cost.Value, shipped.Value, CellShapes[index % CellShapes.Length], 12);
            marker.MarkerLineWidth = 2;
            marker.LegendText = group.Key;
            index++;
        }

        plot.Title("Quality against cost per protocol / variant (means)");
        plot.XLabel("agent cost (USD per engagement)");
        plot.YLabel("defects shipped");
        plot.Axes.Margins(0.1, 0.1);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    // The values of one metric, one column of dots per group.
    internal static Plot Strips(IReadOnlyList<ExperimentRow> rows, Func<ExperimentRow, string> key, string metric, string title, string axis)
    {
        var plot = new Plot();
        var groups = rows.GroupBy(key).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            var values = groups[i].Select(r => r.Metric(metric)).OfType<double>().ToArray();
            if (values.Length > 0)
            {
                plot.Add.ScatterPoints(Enumerable.Repeat((double)i, values.Length).ToArray(), values);
            }
        }

        Label(plot, groups.Select(g => g.Key).ToList(), title, axis);
        return plot;
    }

    internal static Plot MeanBars(IReadOnlyList<ExperimentRow> rows, Func<ExperimentRow, string> key, string metric, string title, string axis)
    {
        var plot = new Plot();
        var groups = rows.GroupBy(key).ToList();
        var positions = Enumerable.Range(0, groups.Count).Select(i => (double)i).ToArray();
        plot.Add.Bars(positions, groups.Select(g => Mean(g, metric) ?? 0).ToArray());
        Label(plot, groups.Select(g => g.Key).ToList(), title, axis);
        return plot;
    }

    private static void Label(Plot plot, List<string> labels, string title, string axis)
    {
        Categories(plot, labels);
        plot.Title(title);
        plot.YLabel(axis);
    }

    /// <summary>
    /// The bottom axis as one category per label at 0, 1, 2…, each centred in its own slot (the first
    /// and last are not drawn on the frame, nor their names cut off), the names slanted when they
    /// would run into each other.
    /// </summary>
    internal static void Categories(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), [.. labels]);
        plot.Axes.Margins(0.1, 0.1);
        plot.Axes.SetLimitsX(-0.5, labels.Count - 0.5);
        var longest = labels.Count == 0 ? 0 : labels.Max(l => l.Length);
        if (longest * ApproximateCharacterWidth > Width * 0.8 / Math.Max(1, labels.Count))
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = Math.Min(Height / 3f, 20 + (longest * ApproximateCharacterWidth / 2f));
        }
    }

    private static double? Mean(IEnumerable<ExperimentRow> rows, string metric)
    {
        var values = rows.Select(r => r.Metric(metric)).OfType<double>().ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
