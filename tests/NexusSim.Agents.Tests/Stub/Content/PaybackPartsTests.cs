using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A sentence that states the conservative case's payback states what it is computed from, and the months
/// follow from them. The scale-up case read "At the conservative adoption of 48%, payback still comes in 43
/// months" beside a base investment of $638K and $407K a year at full adoption, which give 39 (the conservative
/// investment, with its allowance for overruns, was stated nowhere; retail, seed 7).
/// </summary>
public sealed partial class PaybackPartsTests
{
    public static TheoryData<string> Briefs => ["retail-ops.yaml", "logistics-roadmap.yaml"];

    [Theory]
    [MemberData(nameof(Briefs))]
    public void ConservativePayback_SeedsOneToForty_StatesItsInvestmentAndBenefitAndAddsUp(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var sentences = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var line in markdown.Split('\n').Where(l => !l.StartsWith('|') && !l.StartsWith('#')))
                {
                    foreach (var sentence in line.Split(". ").Where(s => s.Contains("conservative", StringComparison.OrdinalIgnoreCase)))
                    {
                        var months = Months().Match(sentence);
                        if (!months.Success || sentence.Contains("aggressive", StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        sentences++;
                        var monies = Money().Matches(sentence).ToList();
                        var benefit = monies.FirstOrDefault(m => sentence.AsSpan(m.Index + m.Length).StartsWith(" a year", StringComparison.Ordinal));
                        var investment = monies.FirstOrDefault(m => m != benefit);
                        Assert.True(benefit is not null && investment is not null, $"seed {seed}, {deliverable}: a conservative payback without its investment and annual benefit: {sentence}");
                        var (investmentLow, investmentHigh) = Bounds(investment);
                        var (benefitLow, benefitHigh) = Bounds(benefit);
                        var stated = int.Parse(months.Groups[1].Value, CultureInfo.InvariantCulture);
                        Assert.True(
                            stated >= Math.Floor(12 * investmentLow / benefitHigh) && stated <= Math.Ceiling(12 * investmentHigh / benefitLow),
                            $"seed {seed}, {deliverable}: 12 × {investment.Value} ÷ {benefit.Value} is not {stated} months: {sentence}");
                    }
                }
            }
        }

        Assert.True(sentences >= 10, $"Only {sentences} conservative paybacks stated in prose in 40 seeds of {brief}.");
    }

    // The interval a compact money figure rounds from: "$407K" is 406.5K to 407.5K, "$1.2M" 1.15M to 1.25M.
    private static (double Low, double High) Bounds(Match money)
    {
        var number = double.Parse(money.Groups[1].Value, CultureInfo.InvariantCulture);
        var scale = money.Groups[2].Value switch { "K" => 1e3, "M" => 1e6, "bn" => 1e9, _ => 1 };
        var half = (money.Groups[1].Value.Contains('.', StringComparison.Ordinal) ? 0.05 : 0.5) * scale;
        return (number * scale - half, number * scale + half);
    }

    [GeneratedRegex(@"(\d+) months")]
    private static partial Regex Months();

    [GeneratedRegex(@"\$(\d+(?:\.\d+)?)(K|M|bn)?")]
    private static partial Regex Money();
}
