using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The model strategy's Vendor Diversification capped one vendor at "67% of model calls by the end of the first year"
/// (hospital-architecture): a ceiling a policy sets, drawn as any whole number from 60 to 70. The cap is now 60, 65
/// or 70% in every architecture run.
/// </summary>
public sealed partial class VendorCapTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToForty_OneVendorsCapIsRound(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var caps = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in Cap().Matches(sentence))
                    {
                        caps++;
                        var share = int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                        Assert.True(share % 5 == 0, $"{brief}, seed {seed}, {deliverable}: one vendor capped at {share}% of model calls, not a ceiling a policy sets: {sentence}");
                    }
                }
            }
        }

        Assert.True(caps >= 10, $"{brief}: only {caps} caps on one vendor's share of model calls in 40 seeds of the architecture line.");
    }

    [GeneratedRegex(@"\b(?:vendor|supplier)\b[^.]*?\b(?<n>\d+)% of (?:model )?calls\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cap();
}
