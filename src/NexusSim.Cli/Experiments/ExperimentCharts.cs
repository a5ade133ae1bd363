using ScottPlot;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The experiment's charts (ScottPlot), each as PNG and SVG in DIR/charts: quality against cost per
/// protocol and variant, makespan distributions, defects shipped per variant, and each scenario cell
/// with the scenario's own switch on and off (<see cref="ScenarioCharts"/>). Every chart is drawn from the rows alone, so the same rows give
/// the same charts. A chart is 900 × 540 unless its categories need more room: the category charts
/// grow wider (<see cref="Categories"/>) and past <see cref="MaxWidth"/> split into parts
/// (<see cref="CategoryParts"/>), the scenario charts taller.
/// </summary>
internal static class ExperimentCharts
{
    /// <summary>The charts' folder under the experiment folder.</summary>
    public const string FolderName = "charts";

    /// <summary>A chart's width, unless its categories need more.</summary>
    public const int Width = 900;

    /// <summary>A chart's height, unless its categories need more.</summary>
    public const int Height = 540;

    /// <summary>The widest a chart of many categories is drawn; past it, the chart is split (<see cref="CategoryParts"/>).</summary>
    public const int MaxWidth = 4000;

    // Degrees by which crowded category names are slanted.
    private const double Slant = 30;

    // Pixels kept between two neighbouring names, level or slanted.
    private const double NameGap = 4;

    private const string QualityVsCost = "quality_vs_cost";
    private const string Makespan = "makespan_days";
    private const string DefectsPerVariant = "defects_shipped_per_variant";

    // Each chart's title, which report.html also shows as its caption (ChartCaptions).
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [QualityVsCost] = "Quality against cost per protocol / variant (means)",
        [Makespan] = "Makespan per protocol / variant (one dot per run)",
        [DefectsPerVariant] = "Defects shipped per variant (mean over runs)",
    };

    /// <summary>The titles of the charts drawn for every experiment, by file name (without extension).</summary>
    public static IReadOnlyDictionary<string, string> Captions => Titles;

    /// <summary>Writes every chart the rows allow; returns the chart names written (without extension).</summary>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var folder = Path.Combine(directory, FolderName);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        Save(folder, new ExperimentChart(QualityVsCost, QualityAgainstCost(rows), Width, Height), written);
        SaveAll(folder, Strips(Makespan, rows, r => r.Cell.Protocol + " / " + r.Cell.Variant.Name, "makespan_days", Titles[Makespan], "makespan (working days)"), written);
        SaveAll(folder, MeanBars(DefectsPerVariant, rows, r => r.Cell.Variant.Name, "defects_shipped", Titles[DefectsPerVariant], "defects shipped"), written);
        SaveAll(folder, ScenarioCharts.Build(rows), written);
        return written;
    }

    private static void SaveAll(string folder, IEnumerable<ExperimentChart> charts, List<string> written)
    {
        foreach (var chart in charts)
        {
            Save(folder, chart, written);
        }
    }

    private static void Save(string folder, ExperimentChart chart, List<string> written)
    {
        chart.Plot.SavePng(Path.Combine(folder, chart.Name + ".png"), chart.Width, chart.Height);
        chart.Plot.SaveSvg(Path.Combine(folder, chart.Name + ".svg"), chart.Width, chart.Height);
        written.Add(chart.Name);
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

        plot.Title(Titles[QualityVsCost]);
        plot.XLabel("agent cost (USD per engagement)");
        plot.YLabel("defects shipped");
        plot.Axes.Margins(0.1, 0.1);
        FromZero(plot);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    // Defects shipped is a count where none is the aim: the axis starts at 0, not at the lowest mean,
    // so the distance from none reads true. A little room below 0 keeps a marker at 0 off the frame;
    // no negative value is labelled there.
    private static void FromZero(Plot plot)
    {
        plot.Axes.AutoScale();
        var top = Math.Max(plot.Axes.GetLimits().Top, 1);
        plot.Axes.SetLimitsY(-0.04 * top, top);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => value < 0 ? string.Empty : ScottPlot.TickGenerators.LabelFormatters.Numeric(value),
        };
    }

    // The values of one metric, one column of dots per group. Runs often give the same value (every
    // seed's makespan is 3.0625 days), and dots drawn on one spot would show three runs as one: the
    // runs of a group are spread evenly across the middle of its slot, in the rows' order, so every
    // run is its own dot and the same rows give the same picture.
    internal static IReadOnlyList<ExperimentChart> Strips(string name, IReadOnlyList<ExperimentRow> rows, Func<ExperimentRow, string> key, string metric, string title, string axis)
    {
        var groups = rows.GroupBy(key).ToList();
        return CategoryParts.Build(name, [.. groups.Select(g => g.Key)], title, axis, (plot, first, count) =>
        {
            for (var i = 0; i < count; i++)
            {
                var values = groups[first + i].Select(r => r.Metric(metric)).OfType<double>().ToArray();
                if (values.Length > 0)
                {
                    plot.Add.ScatterPoints(Spread(i, values.Length), values);
                }
            }
        });
    }

    /// <summary>
    /// The horizontal positions of <paramref name="count"/> dots in the slot of category
    /// <paramref name="slot"/>: evenly apart, centred on it, within 0.3 of it, at most 0.1 apart.
    /// </summary>
    internal static double[] Spread(int slot, int count)
    {
        var step = count <= 1 ? 0 : Math.Min(0.1, 0.6 / (count - 1));
        return [.. Enumerable.Range(0, count).Select(k => slot + ((k - ((count - 1) / 2.0)) * step))];
    }

    internal static IReadOnlyList<ExperimentChart> MeanBars(string name, IReadOnlyList<ExperimentRow> rows, Func<ExperimentRow, string> key, string metric, string title, string axis)
    {
        var groups = rows.GroupBy(key).ToList();
        return CategoryParts.Build(name, [.. groups.Select(g => g.Key)], title, axis, (plot, first, count) =>
            plot.Add.Bars(
                Enumerable.Range(0, count).Select(i => (double)i).ToArray(),
                groups.Skip(first).Take(count).Select(g => Mean(g, metric) ?? 0).ToArray()));
    }

    /// <summary>
    /// The bottom axis as one category per label at 0, 1, 2…, each centred in its own slot (the first
    /// and last are not drawn on the frame, nor their names cut off), the names slanted when they
    /// would run into each other. A slanted name ends at its tick and reaches down and to the left by
    /// its measured size: the bottom panel is made tall enough for the longest, and the left panel
    /// wide enough for the first, whose start would otherwise fall off the picture's left edge. Two
    /// slanted names a slot apart stand the slot times the slant's sine apart, across their lines: when
    /// 900 pixels leave less than a name's height (and a gap) there, the chart is drawn wider, each slot
    /// wide enough, up to <see cref="MaxWidth"/>. Returns the width to draw the chart at.
    /// </summary>
    internal static int Categories(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), [.. labels]);
        plot.Axes.Margins(0.1, 0.1);
        plot.Axes.SetLimitsX(-0.5, labels.Count - 0.5);
        if (labels.Count == 0)
        {
            return Width;
        }

        using var paint = Paint.NewDisposablePaint();
        var sizes = labels.Select(l => plot.Axes.Bottom.TickLabelStyle.Measure(l, paint).Size).ToList();
        if (!Slanted(sizes))
        {
            return Width;
        }

        plot.Axes.Bottom.TickLabelStyle.Rotation = (float)-Slant;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        var (sin, cos) = Math.SinCos(Slant * Math.PI / 180);
        plot.Axes.Bottom.MinimumSize = (float)Math.Min(Height * 0.4, sizes.Max(s => (s.Width * sin) + (s.Height * cos)) + 12);
        var firstReach = FirstReach(sizes);
        var width = (int)Math.Clamp(NeededWidth(sizes), Width, MaxWidth);
        // The data area is at most about two thirds of the width once the first name has its room.
        var halfSlot = width * 0.65 / labels.Count / 2;
        plot.Axes.Left.MinimumSize = (float)Math.Max(0, firstReach - halfSlot + 8);
        return width;
    }

    /// <summary>
    /// The width categories of these measured names need, unbounded: <see cref="Width"/> while their
    /// names stand level; slanted, each slot wide enough that neighbouring names clear each other,
    /// beside the first name's room, the value axis and the right margin. Past
    /// <see cref="MaxWidth"/>, <see cref="CategoryParts"/> splits the chart.
    /// </summary>
    internal static double NeededWidth(IReadOnlyList<PixelSize> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (!Slanted(sizes))
        {
            return Width;
        }

        var slot = (sizes.Max(s => s.Height) + NameGap) / Math.SinCos(Slant * Math.PI / 180).Sin;
        return Math.Ceiling((sizes.Count * slot) + FirstReach(sizes) + 120);
    }

    // Names slant when the widest would not fit level in its share of 900 pixels.
    private static bool Slanted(IReadOnlyList<PixelSize> sizes) => sizes.Count > 0 && sizes.Max(s => s.Width) > Width * 0.8 / sizes.Count;

    // How far the first slanted name reaches left of its tick.
    private static double FirstReach(IReadOnlyList<PixelSize> sizes)
    {
        var (sin, cos) = Math.SinCos(Slant * Math.PI / 180);
        return (sizes[0].Width * cos) + (sizes[0].Height * sin / 2);
    }

    private static double? Mean(IEnumerable<ExperimentRow> rows, string metric)
    {
        var values = rows.Select(r => r.Metric(metric)).OfType<double>().ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
