using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Policy Suite's Incident Response had "the process lead leads a review within 6 working days" (insurer-claims,
/// seed 3; 7, 8 and 9 working days in other seeds): a review period drawn as any whole number from 5 to 10, not one an
/// incident policy sets, and past the week in which the Control Specifications have a stopped agent reviewed. An
/// agent incident is now reviewed within three or five working days, in every governance run of every shipped brief.
/// </summary>
public sealed partial class IncidentReviewPeriodTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRuns_SeedsOneToForty_IncidentReviewsAreHeldWithinThreeOrFiveWorkingDays(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var periods = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "policy_suite")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in WorkingDays().Matches(sentence))
                    {
                        periods++;
                        var days = NumberReader.Count(m.Groups["n"].Value);
                        Assert.True(days is 3 or 5, $"{brief}, seed {seed}, {deliverable}: an incident review within {m.Groups["n"].Value} working days, not a period an incident policy sets: {sentence}");
                    }
                }
            }
        }

        Assert.True(periods >= 10, $"{brief}: only {periods} incident review periods in 40 seeds of the governance line.");
    }

    [GeneratedRegex(@"\b(?:within|inside) (?<n>\d+|[a-z]+) working days\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingDays();
}
