using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail brief's Scale-Up Case said "Against an investment of $468K, the base case pays back in 19 months"
/// (ROI from Pilot Actuals) with no word of what the investment covers, in a deliverable whose key facts and
/// Resources state the $6.5M programme budget. The investment is the cost of scaling the pilot's one use case: the
/// sentence that states it says so, and says it is not the whole programme budget, naming the same budget.
/// </summary>
public sealed partial class PilotInvestmentScopeTests
{
    [Fact]
    public void PilotRun_SeedsOneToForty_TheScaleUpInvestmentSaysItIsOneUseCaseNotTheProgrammeBudget()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var budget = Formats.Money(run.Facts.BudgetUsd) + " programme budget";
        var stated = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var roi = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "ROI from Pilot Actuals"));
                foreach (var sentence in ProseReader.Paragraphs(roi).SelectMany(ProseReader.Sentences).Where(s => Investment().IsMatch(s)))
                {
                    stated++;
                    Assert.True(sentence.Contains("one use case", StringComparison.Ordinal) && NotTheWhole().IsMatch(sentence),
                        $"seed {seed}, {deliverable}: the investment is stated without saying it covers one use case and not the whole programme budget: {sentence}");
                    Assert.True(sentence.Contains(budget, StringComparison.Ordinal),
                        $"seed {seed}, {deliverable}: the investment's scope does not name the {budget}: {sentence}");
                }
            }
        }

        Assert.True(stated >= 10, $"Only {stated} ROI sentences state the investment in 40 seeds.");
    }

    [GeneratedRegex(@"\binvest(?:ment|ed)\b")]
    private static partial Regex Investment();

    /// <summary>Whether <paramref name="sentence"/> says the investment covers one use case, not the whole <paramref name="budget"/> (the budget's own words).</summary>
    internal static bool SaysOneUseCaseNotTheWhole(string sentence, string budget) =>
        sentence.Contains("one use case", StringComparison.Ordinal) && NotTheWhole().IsMatch(sentence) && sentence.Contains(budget, StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:not|rather than) the whole\b")]
    private static partial Regex NotTheWhole();
}
