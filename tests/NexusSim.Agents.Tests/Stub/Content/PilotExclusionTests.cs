using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot's scope left "complaints, disputes and cases that carry obligations under FTC guidance ..." with people
/// for a retailer's replenishment pilot (retail brief, seed 1), where no order is a complaint or a dispute: the
/// exclusions were a bank's, written for every industry. What a pilot run leaves out is stated in words that fit any
/// process (exceptions off the standard path, work under the client's regulation), never complaints or disputes.
/// </summary>
public sealed partial class PilotExclusionTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_ExcludesNothingTheProcessDoesNotHave(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var exclusions = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(TableReader.AllRows(markdown).Where(r => r.ContainsKey("Left with people")).Select(r => r["Left with people"]));
                foreach (var text in texts)
                {
                    Assert.False(Grievance().IsMatch(text), $"{brief}, seed {seed}, {deliverable}: a pilot of {run.Brief.Industry} excludes what its process does not hold: {text}");
                    exclusions += Excluded().IsMatch(text) ? 1 : 0;
                }
            }
        }

        Assert.True(exclusions >= 20, $"{brief}: only {exclusions} sentences or cells in 40 seeds say what the pilot leaves out.");
    }

    [GeneratedRegex(@"\bcomplaints?\b|\bdisputes\b|\bor dispute\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grievance();

    [GeneratedRegex(@"\bout of scope\b|\bexcluded\b|\bleft with people\b|\bleaves out\b|\bstays? (?:outside|with people)\b|\boff the standard path\b", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();
}
