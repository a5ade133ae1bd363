using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail pilot's run log and case history are counted as numbers a client reads ("5,412 runs"): the
/// working system and the results report once said "6 thousand runs" and "6 thousand" records, and the two
/// documents drew the log's size from differently worded figures.
/// </summary>
public sealed partial class RunLogCountTests
{
    private static readonly Lazy<ShippedBriefRun> Retail = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml")));

    [Fact]
    public void PilotDeliverables_RunLogSize_IsOneCountWrittenInFull()
    {
        var stated = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var run = Retail.Value.Run(seed);
            var sizes = new HashSet<long>();
            foreach (var (deliverable, markdown) in run)
            {
                var plain = Citation().Replace(markdown, string.Empty);
                Assert.False(Thousand().IsMatch(plain), $"seed {seed}, {deliverable}: '{Thousand().Match(plain).Value}' writes a count as a number of thousands.");
                foreach (Match runs in Runs().Matches(plain))
                {
                    var value = long.Parse(runs.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                    Assert.True(value >= 1000, $"seed {seed}, {deliverable}: '{runs.Value}' is no run log's size.");
                    sizes.Add(value);
                    stated++;
                }
            }

            Assert.True(sizes.Count <= 1, $"seed {seed}: the run log holds {string.Join(" and ", sizes)} runs.");
        }

        Assert.True(stated >= 10, $"Only {stated} statements of the run log's size in 30 seeds.");
    }

    // "6 thousand runs", "6 thousand |" (a figure followed by the word "thousand").
    [GeneratedRegex(@"\b\d+ thousand\b")]
    private static partial Regex Thousand();

    // "5,412 runs" (not "runs a day": a rate is not the log's size).
    [GeneratedRegex(@"\b(\d{1,3}(?:,\d{3})+|\d+) (?:agent )?runs\b(?! a day)")]
    private static partial Regex Runs();

    [GeneratedRegex(@"\s*\[S\d+\]")]
    private static partial Regex Citation();
}
