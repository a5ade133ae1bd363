using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Infrastructure Cost Model's Scale Assumptions said the infrastructure "is sized ... with headroom of 47%"
/// ({pct:30-50}): a margin an architect chooses, written as if measured to the percent. Sizing headroom is now 30, 40
/// or 50 per cent.
/// </summary>
public sealed partial class SizingHeadroomTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToForty_SizingHeadroomIsARoundMargin(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "infrastructure_cost_model");
        var margins = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (Match match in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Select(s => Headroom().Match(s)).Where(m => m.Success))
                {
                    margins++;
                    Assert.True(match.Groups["pct"].Value is "30" or "40" or "50", $"{brief}, seed {seed}, {deliverable}: sized with a headroom of {match.Groups["pct"].Value}%, a margin written to the percent");
                }
            }
        }

        Assert.True(margins >= 10, $"{brief}: only {margins} sizing headrooms in 40 seeds.");
    }

    [GeneratedRegex(@"\bheadroom of (?<pct>\d+)%")]
    private static partial Regex Headroom();
}
