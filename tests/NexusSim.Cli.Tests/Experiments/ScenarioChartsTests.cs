using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;
using ScottPlot.Plottables;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>The scenario charts: each scenario with its mechanism on and off, for every effect the runs report.</summary>
public sealed class ScenarioChartsTests
{
    private static ExperimentRow Row(string scenario, ulong seed, string status, double? shipped, double? unauthorized) => new(
        new ExperimentCell("chain", ExperimentVariant.Baseline, scenario, null, null, seed),
        new ExperimentRecord
        {
            RunId = $"run-{scenario}-{seed}",
            Status = status,
            Metrics = new Dictionary<string, double?> { ["defects_shipped"] = shipped, ["unauthorized_executed"] = unauthorized, ["rubber_stamps"] = null },
        });

    private static ExperimentRow[] RoleAndPricingDrift() =>
    [
        Row("role_drift", 1, "completed", 0, 0), Row("role_drift", 2, "completed", 1, 0),
        Row("role_drift:uncaught", 1, "completed", 2, 10), Row("role_drift:uncaught", 2, "completed", 4, 20),
        Row("pricing_drift", 1, "declined", 0, 0), Row("pricing_drift:uncaught", 1, "completed", 0, 0),
        Row(ExperimentCell.NoScenario, 1, "completed", 9, 9),
    ];

    [Fact]
    public void Build_RoleAndPricingDriftOnAndOff_ChartPerReportedEffectWithBothSeriesSideBySide()
    {
        var charts = ScenarioCharts.Build(RoleAndPricingDrift()).ToDictionary(c => c.Name, c => c.Plot);

        Assert.Equal(["scenarios_mechanism_on_off", "scenarios_mechanism_on_off_unauthorized_executed", "scenarios_mechanism_on_off_completed_share"], charts.Keys);
        var unauthorized = charts["scenarios_mechanism_on_off_unauthorized_executed"].GetPlottables().OfType<BarPlot>().ToList();
        Assert.Equal(2, unauthorized.Count);
        Assert.Equal([(-0.2, 0.0), (0.8, 0.0)], unauthorized[0].Bars.Select(b => (Math.Round(b.Position, 3), b.Value)));
        Assert.Equal([(0.2, 15.0), (1.2, 0.0)], unauthorized[1].Bars.Select(b => (Math.Round(b.Position, 3), b.Value)));
        var completed = charts["scenarios_mechanism_on_off_completed_share"].GetPlottables().OfType<BarPlot>().ToList();
        Assert.Equal([1.0, 0.0], completed[0].Bars.Select(b => b.Value));
        Assert.Equal([1.0, 1.0], completed[1].Bars.Select(b => b.Value));
    }

    [Fact]
    public void Build_NoScenarioRuns_NoScenarioChart()
    {
        Assert.Empty(ScenarioCharts.Build([Row(ExperimentCell.NoScenario, 1, "completed", 1, 1)]));
    }

    [Fact]
    public void Write_ScenarioRuns_EveryScenarioChartWrittenAsPngAndSvg()
    {
        using var temp = new TempDirectory();

        var written = ExperimentCharts.Write(temp.Path, RoleAndPricingDrift());

        Assert.Contains("scenarios_mechanism_on_off_unauthorized_executed", written);
        Assert.Contains("scenarios_mechanism_on_off_completed_share", written);
        foreach (var name in written)
        {
            Assert.True(File.Exists(temp.Combine(ExperimentCharts.FolderName, name + ".png")), name);
            Assert.True(File.Exists(temp.Combine(ExperimentCharts.FolderName, name + ".svg")), name);
        }
    }

    [Fact]
    public void Build_SameScenarioUnderTwoVariants_OneCategoryPerVariantNotAveragedTogether()
    {
        var ungoverned = new ExperimentVariant("ungoverned", [], ["authority=record_only"]);
        ExperimentRow[] rows =
        [
            Row("role_drift", 1, "completed", 0, 0),
            Row("role_drift", 1, "completed", 3, 16) with { Cell = new ExperimentCell("chain", ungoverned, "role_drift", null, null, 1) },
        ];

        var plot = ScenarioCharts.Build(rows).Single(c => c.Name == "scenarios_mechanism_on_off_unauthorized_executed").Plot;

        var on = Assert.Single(plot.GetPlottables().OfType<BarPlot>());
        // Two categories (positions 0 and 1), each with its own mean: baseline 0, ungoverned 16, not 8 averaged.
        Assert.Equal([(-0.2, 0.0), (0.8, 16.0)], on.Bars.Select(b => (Math.Round(b.Position, 3), b.Value)));
    }
}
