using NexusSim.Cli.Experiments;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>summary.md: per-cell estimates and paired differences against the baseline cell over shared seeds.</summary>
public sealed class SummaryMarkdownTests
{
    private static ExperimentRow Row(string protocol, ulong seed, double shipped, double? makespan = null) => new(
        new ExperimentCell(protocol, ExperimentVariant.Baseline, ExperimentCell.NoScenario, null, null, seed),
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
