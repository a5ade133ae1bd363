using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot's measured fall in the headline metric is drawn from three points below the agreed target to eight above
/// it, so it usually beats the target; yet the Weekly Status said the metric "moved toward the target of 23%", "is
/// closing on the target" and read "On course for the target" while the Dashboard showed a 28% fall (retail brief,
/// seed 3). The Weekly Status now states the target as what the fall is measured against, never as a point still ahead,
/// so no sentence or table cell of a run whose measured fall meets its target says the metric is heading for it.
/// </summary>
public sealed partial class WeeklyTargetTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToSixty_ATargetAlreadyMetIsNotStillAhead(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "weekly_status");
        var (met, statuses) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var facts = run.FactBase(seed);
            if (facts.Find("kpi_actual")!.Value < facts.Find("kpi_target")!.Value)
            {
                continue;
            }

            met++;
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Concat(TableReader.AllRows(markdown).SelectMany(r => r.Values));
                foreach (var text in texts)
                {
                    Assert.False(StillAhead().IsMatch(text), $"{brief}, seed {seed}, {deliverable}: the measured fall ({facts.Find("kpi_actual")!.Text}) meets the target ({facts.Find("kpi_target")!.Text}), yet: {text}");
                }

                statuses += deliverable == "weekly_status" ? 1 : 0;
            }
        }

        Assert.True(met >= 20, $"{brief}: only {met} of 60 seeds measure a fall that meets the target.");
        Assert.True(statuses >= 20, $"{brief}: only {statuses} weekly status reports of those seeds.");
    }

    [GeneratedRegex(@"\btoward the target\b|\bclosing on the target\b|\bon course for the target\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillAhead();
}
