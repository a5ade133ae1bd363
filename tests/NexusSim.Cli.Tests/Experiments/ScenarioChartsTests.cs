using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;
using ScottPlot;
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
        // role_drift in the top slot (1), pricing_drift below it (0); the switched-on bar above the switched-off one.
        Assert.Equal([(1.2, 0.0), (0.2, 0.0)], unauthorized[0].Bars.Select(b => (Math.Round(b.Position, 3), b.Value)));
        Assert.Equal([(0.8, 15.0), (-0.2, 0.0)], unauthorized[1].Bars.Select(b => (Math.Round(b.Position, 3), b.Value)));
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
        // Two categories (baseline in the top slot 1, ungoverned in 0), each with its own mean: 0 and 16, not 8 averaged.
        Assert.Equal([(1.2, 0.0), (0.2, 16.0)], on.Bars.Select(b => (Math.Round(b.Position, 3), b.Value)));
    }

    private static ExperimentRow Cell(ExperimentVariant variant, string scenario, string? brief, string? firm, ulong seed, string status, double unauthorized) => new(
        new ExperimentCell("chain", variant, scenario, brief, firm, seed),
        new ExperimentRecord
        {
            RunId = $"run-{variant.Name}-{scenario}-{brief}-{firm}-{seed}",
            Status = status,
            Metrics = new Dictionary<string, double?> { ["defects_shipped"] = 0, ["unauthorized_executed"] = unauthorized },
        });

    // The cells' names down the left axis, top first.
    private static IEnumerable<string> TickLabels(Plot plot) =>
        plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label);

    [Fact]
    public void Write_ScenarioRuns_NoLegendOrLabelSaysNameLiterally()
    {
        using var temp = new TempDirectory();

        var written = ExperimentCharts.Write(temp.Path, RoleAndPricingDrift());

        var scenarioCharts = written.Where(n => n.StartsWith("scenarios_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scenarioCharts);
        foreach (var name in scenarioCharts)
        {
            var svg = File.ReadAllText(temp.Combine(ExperimentCharts.FolderName, name + ".svg"));
            Assert.DoesNotContain("NAME", svg, StringComparison.Ordinal);
            Assert.Contains("scenario as given", svg, StringComparison.Ordinal);
            Assert.Contains("scenario:uncaught", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_VariantSettingTheScenariosOwnSwitch_ItsCategorySaysSoAndTheOtherVariantsDoNot()
    {
        var ungoverned = new ExperimentVariant("ungoverned", [], ["gates=off", "authority=record_only"]);
        var gatesOff = new ExperimentVariant("gates_off", [], ["gates=off"]);
        ExperimentRow[] rows =
        [
            Cell(ExperimentVariant.Baseline, "role_drift", null, null, 1, "completed", 0),
            Cell(ungoverned, "role_drift", null, null, 1, "completed", 16),
            Cell(gatesOff, "role_drift", null, null, 1, "completed", 0),
        ];

        var plot = ScenarioCharts.Build(rows).Single(c => c.Name == "scenarios_mechanism_on_off_unauthorized_executed").Plot;
        plot.GetImage(900, 540);

        var labels = TickLabels(plot).ToList();
        Assert.Equal(3, labels.Count);
        // Top to bottom in the rows' order: baseline, ungoverned, gates_off.
        Assert.Equal(["baseline / role_drift", "ungoverned / role_drift\n[variant sets authority=record_only]", "gates_off / role_drift"], labels);
    }

    [Fact]
    public void Build_VariantOverlayFileSettingTheScenariosOwnSwitch_ItsCategorySaysSoWithTheValueThatApplies()
    {
        using var temp = new TempDirectory();
        // A nested key, and a --set after the file that changes the value the run applies.
        var overlay = temp.Combine("lenient.yaml");
        File.WriteAllText(overlay, "gates: off\nauthority: enforce\ncheck:\n  consistency: off\n");
        var lenient = new ExperimentVariant("lenient", [overlay], ["authority=record_only"]);
        ExperimentRow[] rows =
        [
            Cell(lenient, "role_drift", null, null, 1, "completed", 16),
            Cell(lenient, "terminology_drift", null, null, 1, "completed", 0),
        ];

        var plot = ScenarioCharts.Build(rows).Single(c => c.Name == "scenarios_mechanism_on_off_unauthorized_executed").Plot;
        plot.GetImage(900, 540);

        Assert.Equal(["role_drift\n[variant sets authority=record_only]", "terminology_drift\n[variant sets check.consistency=off]"], TickLabels(plot));
    }

    [Fact]
    public void Build_VariantOverlayFileLeavingTheScenariosSwitchAlone_ItsCategoryIsNotMarked()
    {
        using var temp = new TempDirectory();
        // The switch's key is only named in a comment and in another key's value: neither is a setting of it.
        var overlay = temp.Combine("strict.yaml");
        File.WriteAllText(overlay, "# authority: record_only is role_drift's switch\ngates: off\nmax_attempts: 2\napprover: approve-all\n");
        var strict = new ExperimentVariant("strict", [overlay], []);
        ExperimentRow[] rows =
        [
            Cell(ExperimentVariant.Baseline, "role_drift", null, null, 1, "completed", 0),
            Cell(strict, "role_drift", null, null, 1, "completed", 0),
        ];

        var plot = ScenarioCharts.Build(rows).Single(c => c.Name == "scenarios_mechanism_on_off_unauthorized_executed").Plot;
        plot.GetImage(900, 540);

        Assert.Equal(["baseline / role_drift", "strict / role_drift"], TickLabels(plot));
    }

    [Fact]
    public void Build_TwoBriefsTimesTwoFirms_OneCategoryPerCellNoValuePooled()
    {
        // pricing_drift:uncaught completes on one firm and is declined on the other; briefs differ in what they execute.
        ExperimentRow[] rows =
        [
            .. new[] { "briefs/hospital.yaml", "briefs/school.yaml" }.SelectMany(brief => new[] { "firms/agents", "firms/five-agent-firm" }.SelectMany(firm => new[]
            {
                Cell(ExperimentVariant.Baseline, "pricing_drift", brief, firm, 1, "declined", 0),
                Cell(ExperimentVariant.Baseline, "pricing_drift:uncaught", brief, firm, 1, firm.EndsWith("agents", StringComparison.Ordinal) ? "completed" : "declined", brief.Contains("school", StringComparison.Ordinal) ? 2 : 1),
                Cell(ExperimentVariant.Baseline, "pricing_drift:uncaught", brief, firm, 2, firm.EndsWith("agents", StringComparison.Ordinal) ? "completed" : "declined", brief.Contains("school", StringComparison.Ordinal) ? 2 : 1),
            })),
        ];

        var charts = ScenarioCharts.Build(rows).ToDictionary(c => c.Name, c => c.Plot);

        var completed = charts["scenarios_mechanism_on_off_completed_share"];
        completed.GetImage(900, 540);
        Assert.Equal(
            ["pricing_drift / hospital / agents", "pricing_drift / hospital / five-agent-firm", "pricing_drift / school / agents", "pricing_drift / school / five-agent-firm"],
            TickLabels(completed));
        var off = completed.GetPlottables().OfType<BarPlot>().Single(b => b.LegendText == ScenarioCharts.SwitchOffLegend);
        Assert.Equal([1.0, 0.0, 1.0, 0.0], off.Bars.Select(b => b.Value));
        var unauthorized = charts["scenarios_mechanism_on_off_unauthorized_executed"].GetPlottables().OfType<BarPlot>().Single(b => b.LegendText == ScenarioCharts.SwitchOffLegend);
        Assert.Equal([1.0, 1.0, 2.0, 2.0], unauthorized.Bars.Select(b => b.Value));
    }
}
