using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Model Strategy Brief's Vendor Diversification said "Contracts allow exit within 113 days with data returned
/// and deleted" (the hospital brief): an exit or notice period drawn as any whole number, where a contract sets a
/// round one. Every exit period an architecture run states is a whole number of months (a multiple of 30 days).
/// </summary>
public sealed partial class ContractExitPeriodTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToSixty_ContractExitPeriodsAreRound(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "model_strategy_brief");
        var periods = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match match in ExitPeriod().Matches(sentence))
                    {
                        periods++;
                        var days = NumberReader.Count(match.Groups[1].Value);
                        Assert.True(days > 0 && days % 30 == 0, $"{brief}, seed {seed}, {deliverable}: a contract's exit period is a round one (30, 60, 90 days), not {match.Groups[1].Value} days: {sentence}");
                    }
                }
            }
        }

        Assert.True(periods >= 15, $"{brief}: only {periods} contract exit periods stated in 60 seeds.");
    }

    [GeneratedRegex(@"\bexit within (\S+) days\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExitPeriod();
}
