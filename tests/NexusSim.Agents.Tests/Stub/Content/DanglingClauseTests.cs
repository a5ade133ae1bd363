using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A score's sentence does not trail off into a noun phrase joined by "and". The readiness report read "Data
/// maturity scores 2.0, and the dimension that most limits agents [S2]." when the variant's first opening and
/// third close were drawn together (the default brief).
/// </summary>
public sealed partial class DanglingClauseTests
{
    [Fact]
    public void AssessmentDeliverables_SeedsOneToForty_NoFigureIsFollowedByAndTheDimension()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var limits = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var line in markdown.Split('\n'))
                {
                    limits += line.Contains("most limits agents", StringComparison.Ordinal) ? 1 : 0;
                    var dangling = FigureAndNounPhrase().Match(line);
                    Assert.False(dangling.Success, $"seed {seed}, {deliverable}: a sentence trails off into a noun phrase: ...{dangling.Value}");
                }
            }
        }

        Assert.True(limits >= 3, $"Only {limits} sentences name the dimension that most limits agents in 40 seeds.");
    }

    // "scores 2.0, and the dimension that most limits agents [S2]": a figure, then ", and the <noun> that ..." to the end of the sentence, with no verb of its own.
    [GeneratedRegex(@"\d, and the (?:dimension|one|area) that [a-z ]+(?: \[S\d+\])*\.")]
    private static partial Regex FigureAndNounPhrase();
}
