using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retailer's replenishment pilot left with people "cases off the standard path and cases that carry obligations
/// under FTC guidance on automated decisions, state privacy laws such as the CCPA and sector rules" (retail brief,
/// seed 1): the pilot's scope tied its exclusion to the industry's regulation whatever the process, and no
/// replenishment order carries such an obligation. What a pilot leaves out is now its process's own edge cases (new
/// lines and promotional orders for replenishment, fraud for a bank's or an insurer's intake, safeguarding for a
/// hospital's discharges, customs holds for freight exceptions). Every sentence or "Left with people" cell of a pilot
/// run that says what the pilot leaves out names none of the run's regulations (read from its own obligations
/// register source) nor a reporting duty, and enough of them name one of the brief's process edge cases.
/// </summary>
public sealed partial class PilotProcessExclusionTests
{
    // Words of an edge case of each shipped brief's first process, as a client in that business would name it.
    private static readonly Dictionary<string, Regex> EdgeCases = new(StringComparer.Ordinal)
    {
        ["default.yaml"] = new(@"\bfraud\b|\bfinancial difficulty\b|\blending authority\b", RegexOptions.IgnoreCase),
        ["insurer-claims.yaml"] = new(@"\bfraud\b|\bbodily-injury\b|\blarge losses\b", RegexOptions.IgnoreCase),
        ["hospital-architecture.yaml"] = new(@"\bsafeguarding\b|\bsocial-care\b|\btransfers?\b|\bappeals?\b|\burgent\b", RegexOptions.IgnoreCase),
        ["logistics-roadmap.yaml"] = new(@"\bdangerous goods\b|\bcustoms\b|\bdamaged cargo\b", RegexOptions.IgnoreCase),
        ["retail-ops.yaml"] = new(@"\bnew lines\b|\bpromotional\b|\bstock-count\b", RegexOptions.IgnoreCase),
    };

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_LeavesOutTheProcessEdgeCasesNotTheRegulation(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var edge = EdgeCases[brief];
        var (exclusions, named) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var regulation = Register().Match(markdown) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
                var texts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Excluded().IsMatch(s))
                    .Concat(TableReader.AllRows(markdown).Where(r => r.ContainsKey("Left with people")).Select(r => r["Left with people"]));
                foreach (var text in texts)
                {
                    exclusions++;
                    Assert.False(Duty().IsMatch(text), $"{brief}, seed {seed}, {deliverable}: the pilot leaves out cases by a reporting duty or an obligation, not by what its process holds: {text}");
                    Assert.False(regulation is not null && text.Contains(regulation, StringComparison.OrdinalIgnoreCase), $"{brief}, seed {seed}, {deliverable}: the pilot leaves out cases by the industry's regulation ({regulation}), whatever its process: {text}");
                    named += edge.IsMatch(text) ? 1 : 0;
                }
            }
        }

        Assert.True(exclusions >= 30, $"{brief}: only {exclusions} sentences or cells in 40 seeds say what the pilot leaves out.");
        Assert.True(named >= 20, $"{brief}: only {named} of {exclusions} sentences or cells in 40 seeds that say what the pilot leaves out name an edge case of its process.");
    }

    // The run's own obligations register, as its Sources list names it: "[S10] Obligations register for <client>: <regulation>".
    [GeneratedRegex(@"^- \[S\d+\] Obligations register for [^:\n]+: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Register();

    [GeneratedRegex(@"\bobligations?\b|\breporting\b|\breportable\b|\breported under\b|\bduties\b|\bregulat\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Duty();

    [GeneratedRegex(@"\bout of scope\b|\bexcluded\b|\bleft with people\b|\bleaves out\b|\bstays? (?:outside|with people)\b|\brouted to people\b", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();
}
