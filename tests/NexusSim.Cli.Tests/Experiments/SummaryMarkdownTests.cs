using NexusSim.Cli.Experiments;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>summary.md: per-cell estimates and paired differences against the baseline cell over shared seeds.</summary>
public sealed class SummaryMarkdownTests
{
    private static ExperimentRow Row(string protocol, ulong seed, double shipped, double? makespan = null, string? variant = null) => new(
        new ExperimentCell(protocol, variant is null ? ExperimentVariant.Baseline : new ExperimentVariant(variant, [], []), ExperimentCell.NoScenario, null, null, seed),
        new ExperimentRecord
        {
            RunId = $"run-{protocol}-{seed}", Status = "completed",
            Metrics = new Dictionary<string, double?> { ["defects_shipped"] = shipped, ["makespan_days"] = makespan },
        });

    [Fact]
    public void Build_PairedSeeds_DifferenceIntervalComputedOnThePairs()
    {
        // Differences 1, 2, 3: mean 2, s = 1, se = 0.5773503, t(0.975, 2) = 4.302653 → [-0.4841, 4.4841],
        // written to four significant digits. The chain cell's own interval, [-4.841, 44.84], is cut at 0
        // (no figure can be negative); the difference's is not.
        ExperimentRow[] rows = [Row("chain", 1, 10), Row("chain", 2, 20), Row("chain", 3, 30), Row("broadcast", 1, 11), Row("broadcast", 2, 22), Row("broadcast", 3, 33)];

        var summary = SummaryMarkdown.Build(rows);

        Assert.Contains("| chain / baseline / none / default / default | 3 | 20 | 20 | [0, 44.84] | baseline |", summary, StringComparison.Ordinal);
        Assert.Contains("| broadcast / baseline / none / default / default | 3 | 22 | 22 |", summary, StringComparison.Ordinal);
        Assert.Contains("| 2 [-0.4841, 4.484], 3 |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MetricTheSameInEveryRunOfSeveralCells_SaysSoOnceAndWhyForTheCalendar()
    {
        ExperimentRow[] rows =
        [
            Row("chain", 1, 2, makespan: 3.0625), Row("chain", 2, 0, makespan: 3.0625),
            Row("broadcast", 1, 1, makespan: 3.0625), Row("broadcast", 2, 3, makespan: 3.0625),
        ];

        var summary = SummaryMarkdown.Build(rows);

        var makespan = Section(summary, "makespan_days");
        Assert.Contains("Every run reports 3.063: nothing these cells vary moves makespan_days.", makespan, StringComparison.Ordinal);
        Assert.Contains("HumanCheckInsPerDay", makespan, StringComparison.Ordinal);
        Assert.DoesNotContain("Every run reports", Section(summary, "defects_shipped"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MetricTheSameInEveryRunButOneDiffers_NoSameEverywhereNote()
    {
        ExperimentRow[] rows =
        [
            Row("chain", 1, 2, makespan: 3.0625), Row("chain", 2, 2, makespan: 3.0625),
            Row("broadcast", 1, 2, makespan: 3.0625), Row("broadcast", 2, 2, makespan: 3.0626),
        ];

        var summary = SummaryMarkdown.Build(rows);

        Assert.DoesNotContain("Every run reports", Section(summary, "makespan_days"), StringComparison.Ordinal);
        Assert.Contains("Every run reports 2: nothing these cells vary moves defects_shipped.", Section(summary, "defects_shipped"), StringComparison.Ordinal);
        Assert.DoesNotContain("HumanCheckInsPerDay", Section(summary, "defects_shipped"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CellsAlikeSeedBySeedButNotAll_NamesEachSetOfAlikeCells()
    {
        // The README's experiment: governed and ungoverned runs of one protocol end on the same day,
        // the protocols on different days; a cell that differs on one seed is left out.
        ExperimentRow[] rows =
        [
            Row("chain", 1, 0, makespan: 3.0625), Row("chain", 2, 0, makespan: 3.0625),
            Row("chain", 1, 4, makespan: 3.0625, variant: "ungoverned"), Row("chain", 2, 3, makespan: 3.0625, variant: "ungoverned"),
            Row("parallel", 1, 0, makespan: 0.875), Row("parallel", 2, 0, makespan: 0.875),
            Row("parallel", 1, 4, makespan: 0.875, variant: "ungoverned"), Row("parallel", 2, 3, makespan: 0.9, variant: "ungoverned"),
        ];

        var summary = SummaryMarkdown.Build(rows);

        var makespan = Section(summary, "makespan_days");
        Assert.Contains("The same on every seed in these 2 cells; what tells them apart does not move makespan_days:\n\n- chain / baseline / none / default / default\n- chain / ungoverned / none / default / default\n", makespan, StringComparison.Ordinal);
        Assert.DoesNotContain("parallel", makespan[makespan.IndexOf("The same on every seed", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("HumanCheckInsPerDay", makespan, StringComparison.Ordinal);
        // defects_shipped: both ungoverned cells ship 4 then 3, alike; the governed cells ship 0, no finding.
        var shipped = Section(summary, "defects_shipped");
        Assert.Contains("The same on every seed in these 2 cells; what tells them apart does not move defects_shipped:\n\n- chain / ungoverned / none / default / default\n- parallel / ungoverned / none / default / default\n", shipped, StringComparison.Ordinal);
        Assert.DoesNotContain("- parallel / baseline", shipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThreeCellsAlike_ListedOneCellALine()
    {
        ExperimentRow[] rows =
        [
            Row("chain", 1, 1), Row("chain", 2, 2), Row("debate", 1, 1), Row("debate", 2, 2),
            Row("parallel", 1, 1), Row("parallel", 2, 2), Row("broadcast", 1, 1), Row("broadcast", 2, 5),
        ];

        var shipped = Section(SummaryMarkdown.Build(rows), "defects_shipped");

        Assert.Contains("in these 3 cells; what tells them apart does not move defects_shipped:\n\n- chain / baseline / none / default / default\n- debate / baseline / none / default / default\n- parallel / baseline / none / default / default\n", shipped, StringComparison.Ordinal);
        Assert.DoesNotContain("- broadcast", shipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoSetsOfAlikeCells_EachSetItsOwnNestedList()
    {
        ExperimentRow[] rows =
        [
            Row("chain", 1, 1), Row("chain", 2, 2), Row("debate", 1, 1), Row("debate", 2, 2),
            Row("parallel", 1, 3), Row("parallel", 2, 5), Row("broadcast", 1, 3), Row("broadcast", 2, 5),
        ];

        var shipped = Section(SummaryMarkdown.Build(rows), "defects_shipped");

        Assert.Contains(
            "within each of these 2 sets of cells; what tells a set's cells apart does not move defects_shipped:\n\n" +
            "- set 1 (2 cells):\n  - chain / baseline / none / default / default\n  - debate / baseline / none / default / default\n" +
            "- set 2 (2 cells):\n  - parallel / baseline / none / default / default\n  - broadcast / baseline / none / default / default\n",
            shipped,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyRows_NamesTheAxesOfACellLabelInOrder()
    {
        var summary = SummaryMarkdown.Build([Row("chain", 1, 2), Row("broadcast", 1, 3)]);

        Assert.Contains("A cell is every run of one protocol / variant / scenario / brief / firm, over the seeds;", summary, StringComparison.Ordinal);
        Assert.Contains("| cell (protocol / variant / scenario / brief / firm) | n |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyRows_SaysEachCellsIntervalIsCutAtZero()
    {
        var summary = SummaryMarkdown.Build([Row("chain", 1, 2), Row("chain", 2, 3)]);

        Assert.Contains("each cell's interval is cut at 0", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("a cell's cut at 0", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MetricZeroInEveryRun_NoNote()
    {
        var summary = SummaryMarkdown.Build([Row("chain", 1, 0), Row("chain", 2, 0), Row("broadcast", 1, 0), Row("broadcast", 2, 0)]);

        Assert.DoesNotContain("Every run reports", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("The same on every seed", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneCellOnly_NoSameEverywhereNote()
    {
        var summary = SummaryMarkdown.Build([Row("chain", 1, 2, makespan: 3.0625), Row("chain", 2, 2, makespan: 3.0625)]);

        Assert.DoesNotContain("Every run reports", summary, StringComparison.Ordinal);
    }

    private static string Section(string summary, string metric)
    {
        var start = summary.IndexOf($"## {metric}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {metric}");
        var end = summary.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? summary[start..] : summary[start..end];
    }

    [Fact]
    public void Build_NoSharedSeeds_SaysSoInsteadOfADifference()
    {
        ExperimentRow[] rows = [Row("chain", 1, 10), Row("chain", 2, 20), Row("broadcast", 3, 11)];

        var summary = SummaryMarkdown.Build(rows);

        Assert.Contains("no shared seeds", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MetricNoRunReports_MarkedNotAvailable()
    {
        var summary = SummaryMarkdown.Build([Row("chain", 1, 10)]);

        Assert.Contains("## cost_usd", summary, StringComparison.Ordinal);
        Assert.Contains("n/a: not reported by the runs.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryMetric_SaysUnderItsHeadingWhatItCountsInARun()
    {
        // A reader who did not build the tool met "rework_count" or "rubber_stamps" with no word on what they count.
        var summary = SummaryMarkdown.Build([Row("chain", 1, 10), Row("chain", 2, 12)]);

        Assert.All(ExperimentMetrics.Names, metric =>
        {
            var heading = summary.IndexOf($"## {metric}\n\n", StringComparison.Ordinal);
            Assert.True(heading >= 0, $"no heading for {metric}");
            var line = summary[(heading + metric.Length + 5)..].Split('\n')[0];
            Assert.StartsWith("Per run: ", line, StringComparison.Ordinal);
            Assert.True(line.Length > 30, $"{metric}: '{line}' says too little.");
        });
        Assert.Contains("## rework_count\n\nPer run: turns that sent a version back to its author to fix", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(330095.4, "330,095")]
    [InlineData(-134482.8, "-134,483")]
    [InlineData(1000, "1,000")]
    [InlineData(999.96, "1000")]
    [InlineData(76.2, "76.2")]
    [InlineData(71.0505, "71.05")]
    [InlineData(3.0625, "3.063")]
    [InlineData(0.1991, "0.1991")]
    [InlineData(0.00012, "0.0001")]
    [InlineData(0.00004, "0")]
    [InlineData(-0.00004, "0")]
    [InlineData(0, "0")]
    [InlineData(20, "20")]
    public void F_Figure_FourSignificantDigitsAtMostFourDecimals(double value, string expected) =>
        Assert.Equal(expected, SummaryMarkdown.F(value));
}
