using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Implementation Sequencing Plan's critical path was a figure drawn on its own (22 to 30 weeks) beside
/// phases drawn on their own (foundations 10-14, first wave 12-18, scale 16-26 weeks, about 40 in all), and
/// nothing said where the path ends (hospital brief). The path runs from the start of foundations to the
/// first-wave value review: it is those two phases end to end, and the sentence says so.
/// </summary>
public sealed partial class CriticalPathWeeksTests
{
    [Fact]
    public void SequencingPlan_SeedsOneToForty_CriticalPathIsFoundationsAndFirstWaveAndSaysWhereItEnds()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml"));
        var compared = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var path = PathLength().Match(string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Critical Path")));
                if (!path.Success)
                {
                    continue;
                }

                Assert.True(path.Groups["sentence"].Value.Contains("first-wave value review", StringComparison.Ordinal),
                    $"seed {seed}, {deliverable}: the critical path's length says nothing of where it ends: {path.Groups["sentence"].Value}");
                var phases = Weeks().Matches(string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Phases")))
                    .Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToList();
                if (phases.Count < 3)
                {
                    continue;
                }

                compared++;
                var weeks = int.Parse(path.Groups["n"].Value, CultureInfo.InvariantCulture);
                Assert.True(weeks == phases[0] + phases[1],
                    $"seed {seed}, {deliverable}: the critical path is {weeks} weeks, foundations and the first wave are {phases[0]} + {phases[1]} (scale {phases[2]}): {path.Groups["sentence"].Value}");
            }
        }

        Assert.True(compared >= 5, $"Only {compared} plans state both the phases and the critical path's length in 40 seeds.");
    }

    [GeneratedRegex(@"(?<sentence>[^.\n]*\b(?:It is|It runs|At|The path,) (?<n>\d+) weeks\b(?! longer| of float)[^.\n]*)")]
    private static partial Regex PathLength();

    [GeneratedRegex(@"\b(?<n>\d+) weeks\b")]
    private static partial Regex Weeks();
}
