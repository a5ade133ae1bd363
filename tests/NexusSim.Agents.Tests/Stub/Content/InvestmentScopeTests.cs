using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The logistics brief's Board Deck asked the board to approve "the first wave at $3.6M of the $8M programme
/// budget" and then said "the programme returns ... against an investment of $877K", and the Investment Case
/// priced its scenarios ($877K and so on) with no word of what they cover. The investment is the cost of scaling
/// the first use case, one part of the first wave: the board deck's figure says it is a use case's, and the
/// investment case's ROI says what its investment covers, naming the same first-wave figure the board deck asks for.
/// </summary>
public sealed partial class InvestmentScopeTests
{
    [Fact]
    public void RoadmapRun_SeedsOneToForty_TheInvestmentSaysItIsOneUseCaseOfTheFirstWave()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "logistics-roadmap.yaml"));
        var decisions = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed);
            var roi = string.Join('\n', ShippedBriefRun.SectionLines(deliverables["investment_case"], "ROI"));
            var scope = Sentences(roi).FirstOrDefault(s => s.Contains("use case", StringComparison.Ordinal) && s.Contains("first wave", StringComparison.Ordinal));
            Assert.True(scope is not null, $"seed {seed}: the investment case's ROI never says what its investment covers:\n{roi}");

            var decision = ShippedBriefRun.SectionLines(deliverables["board_deck"], "Investment Decision");
            var firstWave = FirstWave().Match(string.Join('\n', decision));
            if (!firstWave.Success)
            {
                continue;
            }

            Assert.True(scope.Contains(firstWave.Groups["money"].Value, StringComparison.Ordinal),
                $"seed {seed}: the board deck's first wave is {firstWave.Groups["money"].Value}; the investment case's scope says: {scope}");
            var budget = Budget().Match(string.Join('\n', decision)).Groups["money"].Value;
            foreach (var sentence in Sentences(string.Join('\n', decision)))
            {
                var others = Money().Matches(sentence).Select(m => m.Value).Where(m => m != firstWave.Groups["money"].Value && m != budget).ToList();
                if (others.Count == 0)
                {
                    continue;
                }

                decisions++;
                Assert.True(sentence.Contains("use case", StringComparison.Ordinal) && !sentence.Contains("programme returns", StringComparison.Ordinal),
                    $"seed {seed}: the board deck states {string.Join(", ", others)} beside a first wave of {firstWave.Groups["money"].Value} without saying it is one use case's: {sentence}");
            }
        }

        Assert.True(decisions >= 5, $"Only {decisions} board-deck sentences state an investment beside the first wave in 40 seeds.");
    }

    private static IEnumerable<string> Sentences(string text) => ProseReader.Paragraphs(text).SelectMany(ProseReader.Sentences);

    [GeneratedRegex(@"first wave (?:at|costs|is) (?<money>\$[\d.,]+[KM]?)")]
    private static partial Regex FirstWave();

    [GeneratedRegex(@"(?<money>\$[\d.,]+[KM]?) programme budget")]
    private static partial Regex Budget();

    [GeneratedRegex(@"\$[\d.,]*\d[KM]?")]
    private static partial Regex Money();
}
