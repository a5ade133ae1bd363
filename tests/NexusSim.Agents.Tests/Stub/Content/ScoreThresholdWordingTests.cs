using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The governance deliverables state the escalation threshold in plain words. The risk taxonomy read "Any
/// residual score above 13 of twenty-five, the threshold Scoring applies, escalates to the AI risk committee"
/// (the insurer brief): a figure in digits out of a number in words, and a section's heading made the subject
/// of a clause.
/// </summary>
public sealed partial class ScoreThresholdWordingTests
{
    [Fact]
    public void GovernanceDeliverables_SeedsOneToForty_ThresholdNeitherMixesDigitsAndWordsNorNamesASection()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml"));
        var thresholds = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var line in markdown.Split('\n').Where(l => !l.StartsWith('#')))
                {
                    thresholds += OutOf25().Matches(line).Count;
                    Assert.False(DigitsOfWords().IsMatch(line), $"seed {seed}, {deliverable}: a figure in digits out of a number in words: {line}");
                    Assert.False(SectionAsNoun().IsMatch(line), $"seed {seed}, {deliverable}: a section's heading stands as a noun mid-sentence: {line}");
                }
            }
        }

        Assert.True(thresholds >= 20, $"Only {thresholds} score thresholds stated in 40 seeds.");
    }

    [GeneratedRegex(@"\d+ (?:out )?of (?:a possible )?twenty-five")]
    private static partial Regex DigitsOfWords();

    [GeneratedRegex(@"\d+ (?:out of|of a possible) 25\b")]
    private static partial Regex OutOf25();

    // "the threshold Scoring applies", "as under Scoring".
    [GeneratedRegex(@"(?:threshold|under|in|as) Scoring\b")]
    private static partial Regex SectionAsNoun();
}
