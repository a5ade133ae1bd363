using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Implementation Sequencing Plan's critical path "runs through the security sign-off of agent identities,
/// so that review is booked for week 4, not left to the end", while its Phases say foundations end with the
/// security sign-off and its Dependencies need the identities approved by the end of foundations (10 to 14 weeks;
/// hospital brief, seed 3: 14). A sentence that books the security review for a week names the sign-off's own
/// week too, and that week is the end of foundations, after the review starts.
/// </summary>
public sealed partial class SecuritySignOffWeekTests
{
    [Fact]
    public void SequencingPlan_SeedsOneToForty_TheReviewsWeekIsNotTheSignOffsAndTheSignOffClosesFoundations()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml"));
        var booked = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var foundations = (int)run.FactBase(seed).Value("foundations_weeks");
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var path = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Critical Path"));
                foreach (var sentence in ProseReader.Paragraphs(path).SelectMany(ProseReader.Sentences).Where(s => s.Contains("sign-off", StringComparison.Ordinal)))
                {
                    var weeks = Week().Matches(sentence).Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToList();
                    if (weeks.Count == 0)
                    {
                        continue;
                    }

                    booked++;
                    Assert.True(weeks.Count >= 2 && sentence.Contains("foundations in week " + weeks[^1].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                        $"seed {seed}, {deliverable}: the critical path books the security review for week {weeks[0]} and never says the sign-off closes foundations (week {foundations}): {sentence}");
                    Assert.True(weeks[^1] == foundations && weeks[0] < foundations,
                        $"seed {seed}, {deliverable}: foundations run {foundations} weeks; the critical path says: {sentence}");
                }
            }
        }

        Assert.True(booked >= 5, $"Only {booked} critical paths book the security review in 40 seeds.");
    }

    [GeneratedRegex(@"\bweek (?<n>\d+)\b")]
    private static partial Regex Week();
}
