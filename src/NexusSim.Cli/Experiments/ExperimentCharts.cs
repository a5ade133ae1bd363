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

    // One point per protocol and variant: mean cost against mean defects shipped.
    private static Plot QualityAgainstCost(IReadOnlyList<ExperimentRow> rows)
    {
        var plot = new Plot();
        foreach (var group in rows.GroupBy(r => r.Cell.Protocol + " / " + r.Cell.Variant.Name))
        {
            var cost = Mean(group, "cost_usd");
            var shipped = Mean(group, "defects_shipped");
            if (cost is null || shipped is null)
            {
                continue;
            }

            var marker = plot.Add.Marker(cost.Value, shipped.Value, MarkerShape.FilledCircle, 10);
            marker.LegendText = group.Key;
        }

        plot.Title("Quality against cost per protocol / variant (means)");
        plot.XLabel("agent cost (USD per engagement)");
        plot.YLabel("defects shipped");
        plot.ShowLegend();
        return plot;
    }

    // The values of one metric, one column of dots per group.
    private static Plot Strips(IReadOnlyList<ExperimentRow> rows, Func<ExperimentRow, string> key, string metric, string title, string axis)
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

    private static Plot MeanBars(IReadOnlyList<ExperimentRow> rows, Func<ExperimentRow, string> key, string metric, string title, string axis)
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
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), [.. labels]);
        plot.Title(title);
        plot.YLabel(axis);
        plot.Axes.Margins(0.1, 0.1);
    }

    private static double? Mean(IEnumerable<ExperimentRow> rows, string metric)
    {
        var values = rows.Select(r => r.Metric(metric)).OfType<double>().ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
