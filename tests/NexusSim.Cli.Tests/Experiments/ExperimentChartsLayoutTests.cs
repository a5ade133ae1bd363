using NexusSim.Cli.Experiments;
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
        var plot = ExperimentCharts.Strips(GovernedAndUngoverned("chain", "parallel"), r => r.Cell.Protocol + " / " + r.Cell.Variant.Name, "makespan_days", "t", "a");
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
        var plot = ExperimentCharts.MeanBars(GovernedAndUngoverned("chain"), r => r.Cell.Variant.Name, "defects_shipped", "t", "a");
        plot.GetImage(900, 540);

        var bars = Assert.Single(plot.GetPlottables().OfType<BarPlot>());
        Assert.Equal([(0.0, 0.0), (1.0, 4.0)], bars.Bars.Select(b => (b.Position, b.Value)));
        Assert.True(plot.Axes.Bottom.Range.Min <= -0.5 + 1e-9 && plot.Axes.Bottom.Range.Max >= 1.5 - 1e-9);
    }
}
