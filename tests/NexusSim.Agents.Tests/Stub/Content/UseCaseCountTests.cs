using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// One engagement scores one number of use cases. The heat map could read "Use cases that only restated a tool
/// purchase were merged, leaving 17 for scoring", a count drawn on its own, beside "In all, 24 candidate use
/// cases were rated on impact, feasibility and readiness" in the quick-win brief of the same run.
/// </summary>
public sealed partial class UseCaseCountTests
{
    [Fact]
    public void AssessmentRun_SeedsOneToForty_UseCasesScoredAreTheCandidatesAssessed()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var left = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var all = string.Join('\n', run.Run(seed).Values);
            var counts = Candidates().Matches(all).Select(m => m.Groups["n"].Value).ToHashSet(StringComparer.Ordinal);
            left += Left().Matches(all).Count;
            foreach (Match scored in Left().Matches(all))
            {
                counts.Add(scored.Groups["n"].Value);
            }

            Assert.True(counts.Count <= 1, $"seed {seed}: the run counts {string.Join(" and ", counts)} use cases");
        }

        Assert.True(left >= 5, $"Only {left} 'left for scoring' counts in 40 seeds.");
    }

    [GeneratedRegex(@"(?<n>\d+) candidate use cases")]
    private static partial Regex Candidates();

    [GeneratedRegex(@"(?:leaving|left) (?<n>\d+) for scoring")]
    private static partial Regex Left();
}
