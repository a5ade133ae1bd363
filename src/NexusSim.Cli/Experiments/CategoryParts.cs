using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// A category chart (<see cref="ExperimentCharts.Strips"/>, <see cref="ExperimentCharts.MeanBars"/>)
/// as one image while its categories fit in <see cref="ExperimentCharts.MaxWidth"/> pixels, else as the
/// fewest images of about equal numbers of categories that each fit (<c>NAME_part1</c>,
/// <c>NAME_part2</c>…, as <see cref="ScenarioCharts"/> splits), in the categories' order, each titled
/// <c>(1 of N)</c> and all with the same value axis, so values compare across images.
/// </summary>
internal static class CategoryParts
{
    /// <summary>
    /// The first category and the number of categories of each image, in order: one image when every
    /// name fits in <see cref="ExperimentCharts.MaxWidth"/>, else the fewest parts of about equal size
    /// that each fit. A part of one category is taken as it is, however long its name.
    /// </summary>
    public static IReadOnlyList<(int First, int Count)> Split(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        using var paint = Paint.NewDisposablePaint();
        var style = new Plot().Axes.Bottom.TickLabelStyle;
        var sizes = labels.Select(l => style.Measure(l, paint).Size).ToList();
        // Bounded by the number of categories: a part of one category always stands.
        for (var parts = 1; parts < labels.Count; parts++)
        {
            var split = Chunks(labels.Count, parts);
            if (split.All(c => c.Count == 1 || ExperimentCharts.NeededWidth(sizes.GetRange(c.First, c.Count)) <= ExperimentCharts.MaxWidth))
            {
                return split;
            }
        }

        return Chunks(labels.Count, Math.Max(1, labels.Count));
    }

    /// <summary>
    /// The chart's images: <paramref name="draw"/> adds categories first … first + count - 1 of
    /// <paramref name="labels"/> to a plot at 0, 1, 2…; each image is laid out by
    /// <see cref="ExperimentCharts.Categories"/>.
    /// </summary>
    public static IReadOnlyList<ExperimentChart> Build(string name, IReadOnlyList<string> labels, string title, string axis, Action<Plot, int, int> draw)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(draw);
        var split = Split(labels);
        var charts = new List<ExperimentChart>();
        for (var p = 0; p < split.Count; p++)
        {
            var (first, count) = split[p];
            var plot = new Plot();
            draw(plot, first, count);
            var width = ExperimentCharts.Categories(plot, [.. labels.Skip(first).Take(count)]);
            plot.Title(split.Count == 1 ? title : $"{title} ({p + 1} of {split.Count})");
            plot.YLabel(axis);
            charts.Add(new ExperimentChart(split.Count == 1 ? name : $"{name}_part{p + 1}", plot, width, ExperimentCharts.Height));
        }

        if (charts.Count > 1)
        {
            OneValueAxis(charts);
        }

        return charts;
    }

    // Every part drawn over the values of all parts, so a bar or dot stands as high in each.
    private static void OneValueAxis(List<ExperimentChart> charts)
    {
        var ranges = charts.Select(c =>
        {
            c.Plot.Axes.AutoScaleY();
            return c.Plot.Axes.Left.Range;
        }).ToList();
        var bottom = ranges.Min(r => r.Min);
        var top = ranges.Max(r => r.Max);
        foreach (var chart in charts)
        {
            chart.Plot.Axes.SetLimitsY(bottom, top);
        }
    }

    private static List<(int First, int Count)> Chunks(int count, int parts) =>
        [.. Enumerable.Range(0, parts).Select(p => (count * p / parts, (count * (p + 1) / parts) - (count * p / parts)))];
}
