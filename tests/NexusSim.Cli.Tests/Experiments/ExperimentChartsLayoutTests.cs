using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.Plottables;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>
/// The charts show every cell: the legend stands beside the data area (not over the lower right,
/// where governed cells fall), cells with the same means keep apart by shape, and each category has
/// its own slot with a name that is not cut off or run into its neighbour's.
/// </summary>
public sealed class ExperimentChartsLayoutTests
{
    private static ExperimentRow Row(string protocol, string variant, ulong seed, double cost, double shipped, double makespan) => new(
        new ExperimentCell(protocol, variant == ExperimentVariant.Baseline.Name ? ExperimentVariant.Baseline : new ExperimentVariant(variant, [], ["gates=off"]), ExperimentCell.NoScenario, null, null, seed),
        new ExperimentRecord
        {
            RunId = $"run-{protocol}-{variant}-{seed}",
            Status = "completed",
            Metrics = new Dictionary<string, double?> { ["cost_usd"] = cost, ["defects_shipped"] = shipped, ["makespan_days"] = makespan },
        });

    // Governed cells: dearer, nothing shipped (the lower right); ungoverned ones: cheap, defects shipped.
    private static ExperimentRow[] GovernedAndUngoverned(params string[] protocols) =>
    [
        .. protocols.SelectMany(p => new[]
        {
            Row(p, "baseline", 1, 0.22, 0, 3.06),
            Row(p, "ungoverned", 1, 0.08, 4, 3.06),
        }),
    ];

    [Fact]
    public void QualityAgainstCost_GovernedCellsInTheLowerRight_LegendBesideTheDataAreaAndEveryMarkerInsideIt()
    {
        var plot = ExperimentCharts.QualityAgainstCost(GovernedAndUngoverned("chain", "parallel"));
        plot.GetImage(900, 540);

        Assert.False(plot.Legend.IsVisible);
        Assert.Contains(plot.Axes.GetPanels(), p => p is LegendPanel);
        var data = plot.RenderManager.LastRender.DataRect;
        var markers = plot.GetPlottables().OfType<Marker>().ToList();
        Assert.Equal(4, markers.Count);
        foreach (var marker in markers)
        {
            var pixel = plot.GetPixel(marker.Location);
            Assert.True(data.Contains(pixel), $"{marker.LegendText} at {pixel} lies outside the data area {data}");
        }
    }

    [Fact]
    public void QualityAgainstCost_CellsWithTheSameMeans_EachItsOwnShape()
    {
        var plot = ExperimentCharts.QualityAgainstCost(GovernedAndUngoverned("chain", "parallel", "debate", "broadcast"));

        var markers = plot.GetPlottables().OfType<Marker>().ToList();
        Assert.Equal(8, markers.Count);
        // chain / baseline, parallel / baseline, … sit on one point: no two may look alike.
        Assert.Equal(markers.Count, markers.Select(m => m.MarkerStyle.Shape).Distinct().Count());
    }

    [Fact]
    public void Strips_FourCategories_FirstAndLastCentredInTheirSlotsNotOnTheFrame()
    {
        var plot = Assert.Single(ExperimentCharts.Strips("s", GovernedAndUngoverned("chain", "parallel"), r => r.Cell.Protocol + " / " + r.Cell.Variant.Name, "makespan_days", "t", "a")).Plot;
        plot.GetImage(900, 540);

        var range = plot.Axes.Bottom.Range;
        Assert.True(range.Min <= -0.5 + 1e-9, $"the first category's slot starts at {range.Min}");
        Assert.True(range.Max >= 3.5 - 1e-9, $"the last category's slot ends at {range.Max}");
    }

    [Fact]
    public void Categories_TenLongNames_Slanted_TwoShortNames_Level()
    {
        var crowded = new Plot();
        ExperimentCharts.Categories(crowded, [.. Enumerable.Range(0, 10).Select(i => $"hierarchical / ungoverned {i}")]);
        var roomy = new Plot();
        ExperimentCharts.Categories(roomy, ["baseline", "ungoverned"]);

        Assert.NotEqual(0, crowded.Axes.Bottom.TickLabelStyle.Rotation);
        Assert.Equal(0, roomy.Axes.Bottom.TickLabelStyle.Rotation);
    }

    [Fact]
    public void MeanBars_TwoVariants_BarsInTheirSlots()
    {
        var plot = Assert.Single(ExperimentCharts.MeanBars("m", GovernedAndUngoverned("chain"), r => r.Cell.Variant.Name, "defects_shipped", "t", "a")).Plot;
        plot.GetImage(900, 540);

        var bars = Assert.Single(plot.GetPlottables().OfType<BarPlot>());
        Assert.Equal([(0.0, 0.0), (1.0, 4.0)], bars.Bars.Select(b => (b.Position, b.Value)));
        Assert.True(plot.Axes.Bottom.Range.Min <= -0.5 + 1e-9 && plot.Axes.Bottom.Range.Max >= 1.5 - 1e-9);
    }

    private const int Width = 900;
    private const int Height = 540;

    // A grid like `--scenario role_drift,…:uncaught --variant ungoverned=gates=off,authority=record_only
    // --manifest agents,samples/five-agent-firm`: twelve cells with long names, two of them marked.
    private static ExperimentRow[] TwelveScenarioCells()
    {
        var ungoverned = new ExperimentVariant("ungoverned", [], ["gates=off", "authority=record_only"]);
        return
        [
            .. new[] { "firms/agents", "firms/five-agent-firm" }.SelectMany(firm => new[] { ExperimentVariant.Baseline, ungoverned }.SelectMany(variant =>
                new[] { "role_drift", "pricing_drift", "terminology_drift" }.SelectMany(scenario => new[] { scenario, scenario + ":uncaught" }.Select(run => new ExperimentRow(
                    new ExperimentCell("chain", variant, run, null, firm, 1),
                    new ExperimentRecord
                    {
                        RunId = $"run-{firm}-{variant.Name}-{run}",
                        Status = "completed",
                        Metrics = new Dictionary<string, double?> { ["defects_shipped"] = 1, ["unauthorized_executed"] = 16 },
                    }))))),
        ];
    }

    [Fact]
    public void ScenarioCharts_TwelveCellsWithLongNames_EveryNameTheTitleAndTheAxisLabelFitTheirRoom()
    {
        using var paint = Paint.NewDisposablePaint();
        foreach (var (name, plot, pictureWidth, pictureHeight) in ScenarioCharts.Build(TwelveScenarioCells()))
        {
            Assert.Equal(Width, pictureWidth);
            plot.GetImage(pictureWidth, pictureHeight);
            var data = plot.RenderManager.LastRender.DataRect;

            var ticks = plot.Axes.Left.TickGenerator.Ticks;
            Assert.Equal(12, ticks.Length);
            foreach (var tick in ticks)
            {
                // The cells' names stand left of the data area, level: each must fit in that room.
                Assert.Equal(0, plot.Axes.Left.TickLabelStyle.Rotation);
                var width = plot.Axes.Left.TickLabelStyle.Measure(tick.Label, paint).Width;
                Assert.True(width <= data.Left, $"{name}: '{tick.Label}' is {width} px wide, left of the data area there are {data.Left}");
            }

            var axis = plot.Axes.Bottom.Label.Measure(paint).Width;
            Assert.True(axis <= data.Width, $"{name}: the axis label '{plot.Axes.Bottom.Label.Text}' is {axis} px wide, the data area {data.Width}");
            var title = plot.Axes.Title.Label.Measure(paint).Width;
            var titleRoom = plot.Axes.Title.FullFigureCenter ? Width : data.Width;
            Assert.True(title <= titleRoom, $"{name}: the title is {title} px wide, its room {titleRoom}");
        }
    }

    // `--protocol` five ways × four scenarios × baseline and ungoverned: forty cells, role_drift's
    // ungoverned ones marked on a second line; with `firms` two firms, eighty.
    private static ExperimentRow[] ScenarioGrid(params string[] firms)
    {
        var ungoverned = new ExperimentVariant("ungoverned", [], ["gates=off", "authority=record_only"]);
        return
        [
            .. firms.SelectMany(firm => new[] { "chain", "parallel", "debate", "broadcast", "hierarchical" }.SelectMany(protocol => new[] { ExperimentVariant.Baseline, ungoverned }.SelectMany(variant =>
                new[] { "role_drift", "pricing_drift", "terminology_drift", "fantasy_approval" }.SelectMany(scenario => new[] { scenario, scenario + ":uncaught" }.Select(run => new ExperimentRow(
                    new ExperimentCell(protocol, variant, run, null, firm, 1),
                    new ExperimentRecord
                    {
                        RunId = $"run-{firm}-{protocol}-{variant.Name}-{run}",
                        Status = "completed",
                        Metrics = new Dictionary<string, double?> { ["defects_shipped"] = protocol.Length, ["unauthorized_executed"] = run.Length + firm.Length },
                    })))))),
        ];
    }

    // Each cell's slot, in pixels, is at least as tall as its name (so no two names overlap) and its
    // bars are not slivers.
    private static void AssertRoomyCells(ExperimentChart chart)
    {
        chart.Plot.GetImage(chart.Width, chart.Height);
        using var paint = Paint.NewDisposablePaint();
        var ticks = chart.Plot.Axes.Left.TickGenerator.Ticks;
        var slot = chart.Plot.RenderManager.LastRender.DataRect.Height / ticks.Length;
        foreach (var tick in ticks)
        {
            var height = chart.Plot.Axes.Left.TickLabelStyle.Measure(tick.Label, paint).Size.Height;
            Assert.True(height <= slot, $"{chart.Name}: '{tick.Label}' is {height} px tall, its slot {slot} px");
        }

        var bar = chart.Plot.GetPlottables().OfType<BarPlot>().First().Bars.First();
        var thickness = Math.Abs(chart.Plot.GetPixel(new Coordinates(0, bar.Position + (bar.Size / 2))).Y - chart.Plot.GetPixel(new Coordinates(0, bar.Position - (bar.Size / 2))).Y);
        Assert.True(thickness >= 10, $"{chart.Name}: a bar is {thickness} px thick");
    }

    [Fact]
    public void ScenarioCharts_FortyCells_TallerPictureEachNameInItsOwnSlotBarsNotSlivers()
    {
        var charts = ScenarioCharts.Build(ScenarioGrid("firms/agents")).ToList();

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            AssertRoomyCells(chart);
            Assert.Equal(40, chart.Plot.Axes.Left.TickGenerator.Ticks.Length);
            Assert.True(chart.Height > Height, $"{chart.Name}: forty cells drawn {chart.Height} px tall");
        }
    }

    [Fact]
    public void ScenarioCharts_EightyCells_TwoImagesOfFortyEveryCellOnceOneValueAxis()
    {
        var rows = ScenarioGrid("firms/agents", "firms/five-agent-firm");

        var parts = ScenarioCharts.Build(rows).Where(c => c.Name.StartsWith("scenarios_mechanism_on_off_unauthorized_executed", StringComparison.Ordinal)).ToList();

        Assert.Equal(["scenarios_mechanism_on_off_unauthorized_executed_part1", "scenarios_mechanism_on_off_unauthorized_executed_part2"], parts.Select(p => p.Name));
        foreach (var part in parts)
        {
            AssertRoomyCells(part);
        }

        var labels = parts.SelectMany(p => p.Plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label)).ToList();
        Assert.Equal(80, labels.Count);
        Assert.Equal(80, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(parts[0].Plot.Axes.Bottom.Range, parts[1].Plot.Axes.Bottom.Range);
    }

    [Fact]
    public void MeanBars_FortyLongNames_WiderPictureNeighbouringSlantedNamesClearEachOther()
    {
        ExperimentRow[] rows = [.. Enumerable.Range(0, 40).Select(i => Row("hierarchical", $"ungoverned_granted_{i:00}", 1, 0.1, i % 5, 3))];

        var chart = Assert.Single(ExperimentCharts.MeanBars("m", rows, r => r.Cell.Variant.Name, "defects_shipped", "t", "a"));
        chart.Plot.GetImage(chart.Width, chart.Height);

        Assert.InRange(chart.Width, Width + 1, ExperimentCharts.MaxWidth);
        using var paint = Paint.NewDisposablePaint();
        var style = chart.Plot.Axes.Bottom.TickLabelStyle;
        var sin = Math.Sin(-style.Rotation * Math.PI / 180);
        Assert.True(sin > 0, "forty long names are slanted");
        // Two slanted names a slot apart stand the slot times the slant's sine apart, across their lines.
        var slot = chart.Plot.GetPixel(new Coordinates(1, 0)).X - chart.Plot.GetPixel(new Coordinates(0, 0)).X;
        var tallest = rows.Select(r => style.Measure(r.Cell.Variant.Name, paint).Size.Height).Max();
        Assert.True(slot * sin >= tallest, $"neighbouring names are {slot * sin} px apart across their lines, a name is {tallest} px tall");
        var first = style.Measure(rows[0].Cell.Variant.Name, paint).Size;
        var left = chart.Plot.GetPixel(new Coordinates(0, 0)).X - (first.Width * Math.Cos(-style.Rotation * Math.PI / 180)) - (first.Height * sin / 2);
        Assert.True(left >= 0, $"the first name starts at x = {left}, off the picture");
    }

    [Fact]
    public async Task Report_FortyVariants_TheWiderChartShownAtItsSizeScrolledTheOthersFitThePage()
    {
        using var temp = new TempDirectory();
        ExperimentRow[] rows = [.. Enumerable.Range(0, 40).Select(i => Row("hierarchical", $"ungoverned_granted_{i:00}", 1, 0.1, i % 5, 3))];
        ExperimentCharts.Write(temp.Path, rows);

        await ExperimentReport.WriteAsync(temp.Path, "# summary", rows.Length, CancellationToken.None);

        var html = await File.ReadAllTextAsync(temp.Combine(NexusSim.Cli.Reporting.ReportHtml.FileName));
        Assert.Matches("<figure id=\"defects_shipped_per_variant\" class=\"scroll\"><img [^>]* class=\"wide\">", html);
        Assert.Contains("<figure id=\"quality_vs_cost\"><img", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<figure id=\"quality_vs_cost\"><img [^>]* class=\"wide\">", html);
    }

    [Fact]
    public void Categories_TenLongNamesSlanted_FirstNameStartsInsideThePictureAndTheLongestEndsAboveItsFoot()
    {
        string[] labels = [.. Enumerable.Range(0, 10).Select(i => $"hierarchical / ungoverned_granted {i}")];
        var plot = new Plot();
        plot.Add.Bars([.. Enumerable.Range(0, 10).Select(i => (double)i)], [.. Enumerable.Range(0, 10).Select(i => 1.0)]);
        ExperimentCharts.Categories(plot, labels);
        plot.GetImage(Width, Height);

        using var paint = Paint.NewDisposablePaint();
        var style = plot.Axes.Bottom.TickLabelStyle;
        var (sin, cos) = Math.SinCos(-style.Rotation * Math.PI / 180);
        Assert.True(sin > 0, "ten long names are slanted");
        var first = style.Measure(labels[0], paint).Size;
        // Slanted, a name ends at its tick and reaches down and to the left.
        var left = plot.GetPixel(new Coordinates(0, 0)).X - (first.Width * cos) - (first.Height * sin / 2);
        Assert.True(left >= 0, $"the first name starts at x = {left}, off the picture");
        var longest = labels.Select(l => style.Measure(l, paint).Size).MaxBy(s => s.Width);
        var foot = plot.RenderManager.LastRender.DataRect.Bottom + (longest.Width * sin) + (longest.Height * cos);
        Assert.True(foot <= Height, $"the longest name reaches y = {foot}, below the picture");
    }

    [Fact]
    public void Strips_ThreeRunsWithTheSameValue_ThreeDotsApartInTheirSlot()
    {
        ExperimentRow[] rows = [Row("chain", "baseline", 1, 0.2, 0, 3.0625), Row("chain", "baseline", 2, 0.2, 0, 3.0625), Row("chain", "baseline", 3, 0.2, 0, 3.0625)];

        var plot = Assert.Single(ExperimentCharts.Strips("s", rows, r => r.Cell.Protocol, "makespan_days", "t", "a")).Plot;

        var points = Assert.Single(plot.GetPlottables().OfType<Scatter>()).Data.GetScatterPoints();
        Assert.Equal(3, points.Count);
        Assert.All(points, p => Assert.Equal(3.0625, p.Y));
        Assert.Equal(3, points.Select(p => p.X).Distinct().Count());
        Assert.All(points, p => Assert.InRange(p.X, -0.45, 0.45));
    }

    [Fact]
    public void QualityAgainstCost_MeansFarAboveZero_AxisStartsAtZeroWithNoNegativeLabel()
    {
        ExperimentRow[] rows = [Row("chain", "baseline", 1, 0.22, 2.2, 3), Row("chain", "ungoverned", 1, 0.08, 4.1, 3)];

        var plot = ExperimentCharts.QualityAgainstCost(rows);
        plot.GetImage(Width, Height);

        var limits = plot.Axes.GetLimits();
        Assert.True(limits.Bottom <= 0, $"the defects axis starts at {limits.Bottom}");
        Assert.True(limits.Top >= 4.1, $"the defects axis ends at {limits.Top}");
        var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).ToList();
        Assert.Contains(ticks, t => t.Position == 0 && t.Label.Length > 0);
        Assert.All(ticks.Where(t => t.Position < 0), t => Assert.Equal(string.Empty, t.Label));
    }

    // Skia numbers an SVG's clip paths (cl_8, cl_9…) from a counter that runs on for the whole process,
    // so a second drawing in the same process numbers them on: renumbered from 0 in order of appearance.
    private static string ClipIdsRenumbered(string svg)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(svg, @"\bcl_[0-9a-f]+\b", m => "cl_" + (ids.TryGetValue(m.Value, out var n) ? n : ids[m.Value] = ids.Count));
    }

    [Fact]
    public void Write_SameRowsTwice_IdenticalCharts()
    {
        using var temp = new TempDirectory();
        var rows = TwelveScenarioCells().Concat(GovernedAndUngoverned("chain", "parallel")).ToList();

        var written = ExperimentCharts.Write(temp.Combine("a"), rows);
        ExperimentCharts.Write(temp.Combine("b"), rows);

        Assert.Contains("makespan_days", written);
        foreach (var name in written)
        {
            Assert.Equal(File.ReadAllBytes(temp.Combine("a", ExperimentCharts.FolderName, name + ".png")), File.ReadAllBytes(temp.Combine("b", ExperimentCharts.FolderName, name + ".png")));
            Assert.Equal(
                ClipIdsRenumbered(File.ReadAllText(temp.Combine("a", ExperimentCharts.FolderName, name + ".svg"))),
                ClipIdsRenumbered(File.ReadAllText(temp.Combine("b", ExperimentCharts.FolderName, name + ".svg"))));
        }
    }
}
