using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot library's fallback "Scale-up case" (the block a firm's own heading reaches) gave each scenario's investment in
/// its table ("| Base | 70% | $468K | ...") with no word of what it covers, while the deliverable's key facts state the
/// programme budget. As in the Pilot Scale-Up Case (<see cref="PilotInvestmentScopeTests"/>), a section that states the
/// investment says it is the cost of scaling this one use case, not the whole programme budget, naming that budget.
/// </summary>
public sealed partial class FallbackScaleUpInvestmentTests
{
    [Fact]
    public void OwnScaleUpHeading_SeedsOneToForty_TheInvestmentSaysItIsOneUseCaseNotTheProgrammeBudget()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var budget = Formats.Money(run.Facts.BudgetUsd) + " programme budget";
        var stated = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var live in new[] { false, true })
            {
                var id = live ? "own-live" : "own";
                var markdown = run.ComposeOwn(id, ["Scale-up case"], seed, live);
                var lines = ShippedBriefRun.SectionLines(markdown, "Scale-up case");
                if (!lines.Any(l => InvestmentColumn().IsMatch(l)) && !lines.Any(l => !l.StartsWith('|') && Investment().IsMatch(l)))
                {
                    continue;
                }

                stated++;
                var sentences = ProseReader.Paragraphs(string.Join('\n', lines)).SelectMany(ProseReader.Sentences).ToList();
                Assert.True(
                    sentences.Any(s => Investment().IsMatch(s) && PilotInvestmentScopeTests.SaysOneUseCaseNotTheWhole(s, budget)),
                    $"seed {seed}, {id}: the Scale-up case states an investment and never says it covers one use case, not the whole {budget}:\n" + string.Join('\n', lines));
            }
        }

        Assert.True(stated >= 10, $"Only {stated} Scale-up case sections state the investment in 40 seeds.");
    }

    [GeneratedRegex(@"^\| Scenario \| .*\bInvestment\b")]
    private static partial Regex InvestmentColumn();

    [GeneratedRegex(@"\binvest(?:ment|ed|s)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Investment();
}
