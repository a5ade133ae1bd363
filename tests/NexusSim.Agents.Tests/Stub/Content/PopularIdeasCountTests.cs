using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Use-Case Heat Map's Ranking says the scoring "moved 4 popular ideas down" because their data sits outside the
/// current warehouse; the Quick-Win Brief's Opportunities says marking down the same ideas "moved 6 popular ideas out of
/// the first wave": one set of ideas, two counts drawn apart. Every sentence of a run that counts the popular ideas
/// moved states one number. Default brief, seeds 1-120.
/// </summary>
public sealed partial class PopularIdeasCountTests
{
    [Fact]
    public void AssessmentRun_SeedsOneToHundredTwenty_StatesOneCountOfPopularIdeasMoved()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var (stated, together) = (0, 0);
        for (ulong seed = 1; seed <= 120; seed++)
        {
            var counts = run.Run(seed)
                .SelectMany(d => ProseReader.Paragraphs(d.Value).SelectMany(ProseReader.Sentences).Select(s => (Deliverable: d.Key, Match: Count().Match(s))))
                .Where(x => x.Match.Success)
                .Select(x => (x.Deliverable, N: int.Parse(x.Match.Groups["n"].Value, CultureInfo.InvariantCulture)))
                .ToList();
            stated += counts.Count;
            if (counts.Select(c => c.Deliverable).Distinct().Count() > 1)
            {
                together++;
            }

            Assert.True(counts.Select(c => c.N).Distinct().Count() <= 1, $"seed {seed}: the popular ideas moved are counted {string.Join(", ", counts.Select(c => $"{c.N} ({c.Deliverable})"))}");
        }

        Assert.True(stated >= 20 && together >= 3, $"Only {stated} counts of popular ideas moved, {together} runs stating it in two deliverables, in 120 seeds.");
    }

    [GeneratedRegex(@"\b(?<n>\d+) popular ideas\b")]
    private static partial Regex Count();
}
