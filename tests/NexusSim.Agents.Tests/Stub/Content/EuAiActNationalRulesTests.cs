using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Compliance Map's EU AI Act section closed on "A full mapping leaves little for national rules to add" and
/// "meeting them leaves little to add under most national rules" (insurer-claims, seeds 3 and 11), while the brief
/// asks for the obligations under "the EU AI Act and national insurance rules" and the same map's Sector Rules says
/// the sector's rules add duties the general frameworks do not (record retention, fair treatment, notice to the
/// supervisor). The EU AI Act section now says its duties shape the controls and leaves the national and sector rules
/// to the sector map, in every governance run of every shipped brief.
/// </summary>
public sealed partial class EuAiActNationalRulesTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRuns_SeedsOneToForty_TheEuAiActNeverLeavesLittleForNationalRules(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var sections = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "compliance_map")))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "EU AI Act");
                if (lines.Count > 0)
                {
                    sections++;
                }

                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    Assert.False(LittleToAdd().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the EU AI Act said to leave national rules little to add, beside sector rules that add duties of their own: {sentence}");
                }
            }
        }

        Assert.True(sections >= 40, $"{brief}: only {sections} EU AI Act sections in 40 seeds of the governance line.");
    }

    [GeneratedRegex(@"\blittle (?:for national rules )?to add\b|\bcovers? most of what national rules add\b|\bnational rules add\b[^.]*\bcover", RegexOptions.IgnoreCase)]
    private static partial Regex LittleToAdd();
}
