using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Every shipped industry's headline metric is a time to be cut ("average loan decision time"), yet the Stakeholder Map
/// said "whoever owns it will be credited with the average loan decision time" and "the managers who carry the average
/// loan decision time" (the default brief, seed 7): credit for a delay, a delay carried. Credit is now for cutting the
/// metric, and managers carry its target.
/// </summary>
public sealed partial class MetricCreditTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRun_SeedsOneToForty_CreditIsForCuttingTheMetricAndManagersCarryItsTarget(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "stakeholder_map");
        var (credits, carried) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    Assert.False(CreditForTheMetric().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: credit for the metric itself, not for cutting it: {sentence}");
                    Assert.False(CarryTheMetric().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: managers carry the metric itself, not its target: {sentence}");
                    credits += sentence.Contains("credit", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                    carried += sentence.Contains("carry the ", StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        Assert.True(credits >= 10, $"{brief}: only {credits} sentences about credit in 40 seeds.");
        Assert.True(carried >= 3, $"{brief}: only {carried} sentences about who carries the metric in 40 seeds.");
    }

    [GeneratedRegex(@"\bcredit(?:ed)?\s+(?:for|with)\s+the\s+(?:average|mean|median|unplanned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditForTheMetric();

    [GeneratedRegex(@"\bcarry the (?:average|mean|median|unplanned)\b[^.;]*?\b(?:time|turnaround|line)\b(?!\s+target)", RegexOptions.IgnoreCase)]
    private static partial Regex CarryTheMetric();
}
