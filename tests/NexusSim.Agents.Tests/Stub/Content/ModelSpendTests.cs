using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The model strategy's Cost Projection put model spend at "$55K a year, on 54,950 discharge planning cases a year"
/// (hospital-architecture): a share of headcount, a dollar a case, where the same section's table prices the three
/// tiers so that 60% of calls at $60-240, 30% at $250-700 and 10% at $750-1,900 per thousand cases blend to at most
/// $0.54 a case. The annual model spend is now the process's cases at a cost per case that table can blend to, in
/// every architecture run.
/// </summary>
public sealed partial class ModelSpendTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToForty_ModelSpendIsTheCasesAtABlendedTierCost(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var spends = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    if (Spend().Match(sentence) is not { Success: true } spend || Cases().Match(sentence) is not { Success: true } cases)
                    {
                        continue;
                    }

                    spends++;
                    var dollars = Amount(spend.Groups["n"].Value) * (spend.Groups["k"].Value == "K" ? 1_000m : spend.Groups["k"].Value == "M" ? 1_000_000m : 1m);
                    var perCase = dollars / Amount(cases.Groups["n"].Value);
                    Assert.True(perCase is >= 0.186m and <= 0.544m, $"{brief}, seed {seed}, {deliverable}: model spend of ${perCase:0.000} a case, outside what the tiers' costs per thousand cases blend to ($0.186-0.544): {sentence}");
                }
            }
        }

        Assert.True(spends >= 8, $"{brief}: only {spends} annual model spends in 40 seeds of the architecture line.");
    }

    private static decimal Amount(string digits) => decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bmodel spend\b[^.]*?\$(?<n>\d[\d,]*(?:\.\d+)?)(?<k>[KM]?) a year|\$(?<n>\d[\d,]*(?:\.\d+)?)(?<k>[KM]?) a year\b[^.]*\bmodel spend\b")]
    private static partial Regex Spend();

    [GeneratedRegex(@"\b(?<n>\d[\d,]*) [a-z -]*?cases a year\b")]
    private static partial Regex Cases();
}
