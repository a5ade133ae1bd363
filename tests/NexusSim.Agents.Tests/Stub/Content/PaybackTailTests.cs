using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The roadmap Board Deck's Investment Decision ended its base case "returning $482K a year and paying back in
/// 24 months, not the whole wave's spend" (logistics-roadmap, seed 7): the tail denies something the months are
/// not, as if the payback period were a spend. No sentence of the roadmap line now follows a payback period with a
/// bare "not ...".
/// </summary>
public sealed partial class PaybackTailTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void RoadmapRun_SeedsOneToForty_APaybackPeriodIsNotFollowedByADanglingNegation(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "board_deck");
        var paybacks = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Payback().IsMatch(s)))
                {
                    paybacks++;
                    Assert.False(Dangling().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: a payback period is followed by a negation that fits no noun: {sentence}");
                }
            }
        }

        Assert.True(paybacks >= 40, $"{brief}: only {paybacks} sentences in 40 seeds state a payback period in months.");
    }

    [GeneratedRegex(@"\b(?:pay(?:s|ing)? back|payback)\b[^.]*?\b\d+ months\b", RegexOptions.IgnoreCase)]
    private static partial Regex Payback();

    [GeneratedRegex(@"\b\d+ months(?: \[S\d+\])?, not\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();
}
