using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The readiness report said the client's "average loan decision time, at 6 days, is above the peer median" and
/// stated no peer median for it anywhere, while the peer-benchmark table's variant drew the metric's peer median on
/// its own (4 to 9 days), so it could sit above the client's baseline. A comparison with the peer median states the
/// median, and the metric's median (and top quartile) in a table sit below the client's baseline, as the sentence says.
/// </summary>
public sealed partial class PeerMedianTests
{
    [Fact]
    public void ReadinessRun_SeedsOneToForty_AComparisonWithThePeerMedianStatesItAndAgreesWithTheBaseline()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var checkedCount = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (Match claim in AboveMedian().Matches(markdown))
                {
                    checkedCount++;
                    Assert.True(claim.Groups["median"].Success, $"seed {seed}, {deliverable}: a comparison with a peer median that is never stated: {claim.Value}");
                    Assert.True(Number(claim.Groups["median"].Value) < Number(claim.Groups["baseline"].Value),
                        $"seed {seed}, {deliverable}: 'above the peer median' with the median at or above the baseline: {claim.Value}");
                }

                foreach (Match row in MetricRow().Matches(markdown))
                {
                    checkedCount++;
                    var client = Number(row.Groups["client"].Value);
                    var median = Number(row.Groups["median"].Value);
                    var quartile = Number(row.Groups["quartile"].Value);
                    Assert.True(median < client && quartile <= median,
                        $"seed {seed}, {deliverable}: the metric's peer median and top quartile do not sit below the client's baseline: {row.Value}");
                }
            }
        }

        Assert.True(checkedCount >= 5, $"Only {checkedCount} peer-median comparisons of the metric in 40 seeds.");
    }

    private static decimal Number(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<baseline>\d[\d,.]*) (?:days|hours)[^.\n]*? is above the peer median(?: of (?<median>\d[\d,.]*\d|\d))?")]
    private static partial Regex AboveMedian();

    // The metric's row of a Measure / client / Peer median / Top quartile table: the metric with its unit in brackets.
    [GeneratedRegex(@"^\| [^|\n]+ \((?:days|hours)\) \| (?<client>\d[\d,.]*) \[S\d+\] \| (?<median>\d[\d,.]*)(?: \[S\d+\])? \| (?<quartile>\d[\d,.]*)(?: \[S\d+\])? \|", RegexOptions.Multiline)]
    private static partial Regex MetricRow();
}
