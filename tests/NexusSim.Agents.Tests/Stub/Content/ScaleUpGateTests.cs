using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot's success criteria say it succeeds only if the headline metric falls by its target, and the measured fall
/// may miss it (retail brief, seed 2: "at least 26%" agreed, 25% measured); the Scale-Up Case still recommended
/// scaling "in two steps" with no word of the target. Every sentence of a pilot run that recommends scaling gates it on
/// the headline target, so the recommendation holds whether the pilot met it or not.
/// </summary>
public sealed partial class ScaleUpGateTests
{
    [Fact]
    public void PilotRun_RetailBriefSeedsOneToSixty_ScalingIsGatedOnTheHeadlineTarget()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var (recommendations, missed) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var facts = run.FactBase(seed);
            var target = facts.Find("kpi_target")!;
            var missedHere = facts.Find("kpi_actual")!.Value < target.Value;
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "pilot_design")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Recommends().IsMatch(s)))
                {
                    recommendations++;
                    missed += missedHere ? 1 : 0;
                    Assert.True(sentence.Contains(target.Text, StringComparison.Ordinal),
                        $"seed {seed}, {deliverable}: scaling is recommended without the headline target of {target.Text} as its gate: {sentence}");
                }
            }
        }

        Assert.True(recommendations >= 30, $"Only {recommendations} sentences in 60 seeds recommend scaling in steps.");
        Assert.True(missed >= 5, $"Only {missed} of them in seeds whose measured fall missed the target.");
    }

    [GeneratedRegex(@"\btwo steps\b|\btwo-step\b|\btwo waves\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recommends();
}
