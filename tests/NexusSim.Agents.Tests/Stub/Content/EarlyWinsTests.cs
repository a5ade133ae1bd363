using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The 90-day plan's Early Wins section names its early wins and when each shows. One variant said only "Early
/// wins rebuild trust after the earlier pilot, so each one is small, measured and owned by the business. Every
/// early win reports a figure from the system of record..." and named none (the logistics brief, seed 1).
/// </summary>
public sealed partial class EarlyWinsTests
{
    [Fact]
    public void NinetyDayPlan_SeedsOneToThirty_EarlyWinsNamesWinsWithTheDayEachShows()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "logistics-roadmap.yaml"));
        var sections = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var section = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Early Wins"));
                if (section.Length == 0)
                {
                    continue;
                }

                sections++;
                Assert.True(Day().Matches(section).Count >= 2, $"seed {seed}, {deliverable}: Early Wins names no win with the day it shows:\n{section}");
            }
        }

        Assert.True(sections >= 20, $"Only {sections} Early Wins sections in 30 seeds.");
    }

    [GeneratedRegex(@"\b[Dd]ay \d+")]
    private static partial Regex Day();
}
