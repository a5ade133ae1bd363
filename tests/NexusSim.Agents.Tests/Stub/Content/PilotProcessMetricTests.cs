using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retailer's pilot ran "Agent-assisted demand forecasting", put "live demand forecasting cases" through the
/// agent and cited a "system export: demand forecasting volumes and cycle times", yet its headline metric, baseline
/// and target were the average replenishment cycle time, and the brief asks to prove that agents can plan
/// replenishment (retail-ops, seed 1): the retail profile listed demand forecasting first, and the first process is
/// the one the metric is measured in. A pilot's process, as its system export and its use case name it, is the one
/// its headline metric measures: the two share a word ("replenishment", "discharge", "claims", "loan", "exception").
/// </summary>
public sealed partial class PilotProcessMetricTests
{
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase) { "average", "time", "cycle", "median", "mean", "process" };

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_TheProcessPilotedIsTheOneTheMetricMeasures(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var (exports, useCases) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var metric = Metric().Match(markdown);
                Assert.True(metric.Success, $"{brief}, seed {seed}, {deliverable}: the Key facts line states no baseline of the headline metric");
                var words = Words(metric.Groups[1].Value);
                foreach (Match export in Export().Matches(markdown))
                {
                    exports++;
                    Assert.True(Words(export.Groups[1].Value).Overlaps(words), $"{brief}, seed {seed}, {deliverable}: the system export is of {export.Groups[1].Value}, but the headline metric is the {metric.Groups[1].Value}");
                }

                foreach (Match useCase in UseCase().Matches(markdown))
                {
                    useCases++;
                    Assert.True(Words(useCase.Groups[1].Value).Overlaps(words), $"{brief}, seed {seed}, {deliverable}: the pilot's use case is agent-assisted {useCase.Groups[1].Value}, but its headline metric is the {metric.Groups[1].Value}");
                }
            }
        }

        Assert.True(exports >= 200, $"{brief}: only {exports} system exports cited in 40 seeds of the pilot line.");
        Assert.True(useCases >= 8, $"{brief}: only {useCases} use-case rows in 40 seeds of the pilot line.");
    }

    private static HashSet<string> Words(string text) =>
        new(Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Select(w => w.EndsWith('s') ? w[..^1] : w).Where(w => !Generic.Contains(w)), StringComparer.Ordinal);

    [GeneratedRegex(@"^Key facts:.*?\bbaseline ([a-z][a-z -]+?) = ", RegexOptions.Multiline)]
    private static partial Regex Metric();

    [GeneratedRegex(@"^- \[S\d+\] .*? system export: (.+?) volumes and cycle times", RegexOptions.Multiline)]
    private static partial Regex Export();

    [GeneratedRegex(@"^\| Use case \| Agent-assisted ([^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex UseCase();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
