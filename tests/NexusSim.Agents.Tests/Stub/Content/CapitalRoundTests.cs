using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The logistics client approves capital spending once a year, in the autumn, yet its Board Deck released the
/// next wave "After the first value review" and held the remainder "until the first value review", as if the
/// board could fund it whenever the review reported; the brief's capital round was named only in the Roadmap
/// Summary, as a deadline the plan was "dated backwards from" (seed 1). The Board Deck's Investment Decision now
/// puts each later release to the approval round after its value review, and states the client's own cycle there.
/// </summary>
public sealed partial class CapitalRoundTests
{
    [Fact]
    public void LogisticsBoardDeck_SeedsOneToForty_TheNextWaveIsDecidedAtTheCapitalRound()
    {
        const string brief = "logistics-roadmap.yaml";
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var (rows, held, notes) = (0, 0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deck = run.Run(seed)["board_deck"];
            var decision = ShippedBriefRun.SectionLines(deck, "Investment Decision");
            Assert.True(decision.Count > 0, $"{brief}, seed {seed}, board_deck: no Investment Decision section");
            foreach (var row in TableReader.Rows(decision).Where(r => r.TryGetValue("Decision", out var d) && !d.StartsWith("Fund the first", StringComparison.Ordinal)))
            {
                rows++;
                Assert.True(Round().IsMatch(row["When"]), $"{brief}, seed {seed}, board_deck: '{row["Decision"]}' is released '{row["When"]}', with no approval round though capital is approved once a year");
            }

            foreach (var sentence in ProseReader.Paragraphs(deck).SelectMany(ProseReader.Sentences).Where(s => Held().IsMatch(s)))
            {
                held++;
                Assert.True(Round().IsMatch(sentence), $"{brief}, seed {seed}, board_deck: the rest of the budget waits for a value review alone: {sentence}");
            }

            var text = string.Join("\n", decision);
            if (text.Contains("once a year, in the autumn", StringComparison.Ordinal))
            {
                notes++;
            }
            else
            {
                Assert.Fail($"{brief}, seed {seed}, board_deck: the Investment Decision does not say when the client approves capital:\n{text}");
            }
        }

        Assert.True(rows >= 30, $"{brief}: only {rows} later releases in the Board Deck's tables in 40 seeds.");
        Assert.True(held >= 15, $"{brief}: only {held} sentences in 40 seeds hold the rest of the budget back.");
        Assert.True(notes >= 40, $"{brief}: only {notes} Investment Decisions in 40 seeds state the capital round.");
    }

    [GeneratedRegex(@"\b(?:approval|budget|capital|funding) round\b", RegexOptions.IgnoreCase)]
    private static partial Regex Round();

    [GeneratedRegex(@"\b(?:rest|remainder)\b[^.]*\bvalue review\b", RegexOptions.IgnoreCase)]
    private static partial Regex Held();
}
