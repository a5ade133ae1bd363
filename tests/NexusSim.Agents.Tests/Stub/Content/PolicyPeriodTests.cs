using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The architecture's Tool Registry had tool scopes "reviewed every 5 months" (hospital-architecture, seed 11) and the
/// pilot's Results Report kept the extracts "in the data room for 19 months for audit" (retail-ops, seed 3): cadences
/// and retention periods a policy sets, drawn as any whole number ({int:3-6}, {int:12-24}). Scopes are now reviewed
/// every 3, 6 or 12 months and extracts kept 12, 18 or 24 months, in every run of the architecture and pilot lines.
/// </summary>
public sealed partial class PolicyPeriodTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureAndPilotRuns_SeedsOneToForty_PolicyPeriodsAreRound(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var (reviews, retentions) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture"))
                .Concat(run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "pilot_design")));
            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in ScopeReview().Matches(sentence))
                    {
                        reviews++;
                        Assert.True(Months(m) is 3 or 6 or 12, $"{brief}, seed {seed}, {deliverable}: tool scopes reviewed every {Months(m)} months, not a cadence a policy sets: {sentence}");
                    }

                    foreach (Match m in DataRoom().Matches(sentence))
                    {
                        retentions++;
                        Assert.True(Months(m) is 12 or 18 or 24, $"{brief}, seed {seed}, {deliverable}: extracts kept {Months(m)} months, not a period a policy sets: {sentence}");
                    }
                }
            }
        }

        Assert.True(reviews >= 10, $"{brief}: only {reviews} scope review cadences in 40 seeds of the architecture line.");
        Assert.True(retentions >= 10, $"{brief}: only {retentions} data room retention periods in 40 seeds of the pilot line.");
    }

    private static int Months(Match m) => int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bscopes?\b[^.]*\breviewed (?:again )?every (?<n>\d+) months|\bevery (?<n>\d+) months each scope is reviewed")]
    private static partial Regex ScopeReview();

    [GeneratedRegex(@"\bdata room\b[^.]*?\b(?:for |is )?(?<n>\d+) months|\b(?<n>\d+) months in the data room")]
    private static partial Regex DataRoom();
}
