using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The peers' median and top quartile of the headline metric (<c>peer_metric</c>, <c>top_quartile_metric</c>) tied at 1
/// when the client's baseline was 2 (the hospital brief's 2 hours of discharge preparation): "| 2 | 1 | 1 |", a top
/// quartile no better than the median. For every shipped brief and seed, the top quartile is strictly better (lower)
/// than the median and the median strictly below the client's baseline, in the fact base and in the peer table as a
/// deliverable with a Peer Benchmark heading writes it.
/// </summary>
public sealed partial class PeerQuartileTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void EveryShippedBrief_SeedsOneToForty_TopQuartileBelowMedianBelowBaseline(string firm, string brief)
    {
        var run = ShippedBriefRun.Load(firm, brief);
        var rows = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var facts = run.FactBase(seed);
            var (baseline, median, quartile) = (facts.Value("baseline"), facts.Value("peer_metric"), facts.Value("top_quartile_metric"));
            Assert.True(quartile < median && median < baseline, $"seed {seed}: top quartile {quartile}, median {median}, baseline {baseline}");

            var markdown = run.ComposeOwn("own", ["Peer Benchmark"], seed);
            foreach (Match row in MetricRow().Matches(markdown))
            {
                rows++;
                var (client, rowMedian, rowQuartile) = (Number(row, "client"), Number(row, "median"), Number(row, "quartile"));
                Assert.True(rowQuartile < rowMedian && rowMedian < client, $"seed {seed}: the peer table's metric row does not read top quartile < median < client: {row.Value}");
            }
        }

        Assert.True(rows >= 5, $"Only {rows} peer tables with the metric's row in 40 seeds of {brief}.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void HospitalClient_BaselineOfOneOrTwoHours_PeersAreWrittenInTenthsBelowIt(int baseline)
    {
        // The hospital profile's hours range starts at 2 (10-industries.md): a client drawn at its floor.
        var hospital = new IndustryProfile("Hospital care", ["hospital"], ["discharge planning"], "average discharge preparation time", "hours", baseline, baseline, "rules", "Hospital operations benchmark survey", "f.md", 1);
        var brief = ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml")).Facts;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var facts = FactBaseBuilder.Build(brief, hospital, seed);
            var (median, quartile) = (facts.Find("peer_metric")!, facts.Find("top_quartile_metric")!);

            Assert.Equal(baseline, facts.Value("baseline"));
            Assert.True(quartile.Value < median.Value && median.Value < baseline, $"seed {seed}: top quartile {quartile.Text}, median {median.Text}, baseline {baseline}");
            Assert.Matches(@"^\d\.\d$", median.Text);
            Assert.Matches(@"^\d\.\d$", quartile.Text);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(60)]
    public void PeerMetricValues_EveryShareInRange_TopQuartileBelowMedianBelowBaseline(int baseline)
    {
        foreach (var medianShare in new[] { 0.6, 0.7, 0.8, 0.85, 0.99 })
        {
            foreach (var quartileShare in new[] { 0.55, 0.7, 0.8, 0.99 })
            {
                var (median, quartile) = FactBaseBuilder.PeerMetricValues(baseline, medianShare, quartileShare);
                Assert.True(quartile > 0 && quartile < median && median < baseline, $"baseline {baseline}, shares {medianShare}/{quartileShare}: {quartile} / {median}");
            }
        }
    }

    [Fact]
    public void PeerMetricValues_BaselineBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FactBaseBuilder.PeerMetricValues(0, 0.7, 0.7));

    private static decimal Number(Match row, string group) => decimal.Parse(row.Groups[group].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    // The metric's row of the Measure / client / Peer median / Top quartile table: the metric with its unit in brackets.
    [GeneratedRegex(@"^\| [^|\n]+ \((?:days|hours|minutes|weeks)[^)]*\) \| (?<client>\d[\d,.]*) \[S\d+\] \| (?<median>\d[\d,.]*)(?: \[S\d+\])? \| (?<quartile>\d[\d,.]*)(?: \[S\d+\])? \|", RegexOptions.Multiline)]
    private static partial Regex MetricRow();
}
