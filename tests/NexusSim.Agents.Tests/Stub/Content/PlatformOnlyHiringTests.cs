using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Workforce Plan does not say platform engineering alone is hired for while its Hiring table hires other roles.
/// Its Skills Gaps read "Platform engineering is the gap reskilling cannot close in time; it gets the external
/// hires" (elsewhere "Only platform engineering needs more people than reskilling can supply in time") while its
/// Hiring table in the same deliverable hires "AI product managers | 1 | First value wave" and "AI risk specialist |
/// One | Foundations wave" (logistics-roadmap brief, seed 3). When the plan's tables hire a role other than platform
/// engineers, no sentence about the platform engineering gap says it is the only one hired for or takes the hires.
/// </summary>
public sealed partial class PlatformOnlyHiringTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void WorkforcePlan_SeedsOneToNinety_PlatformGapDoesNotClaimEveryHire(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "workforce_plan");
        var (gaps, compared) = (0, 0);
        for (ulong seed = 1; seed <= 90; seed++)
        {
            var plan = run.Run(seed, options)["workforce_plan"];
            var others = TableReader.AllRows(plan)
                .Where(r => r.ContainsKey("Hires") && r.TryGetValue("Role", out var role) && !role.Contains("platform", StringComparison.OrdinalIgnoreCase))
                .Select(r => r["Role"])
                .ToList();
            var prose = string.Join('\n', plan.Split('\n').Where(l => !l.StartsWith('|')));
            foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences)
                .Where(s => s.Contains("platform engineering", StringComparison.OrdinalIgnoreCase) && s.Contains("reskilling", StringComparison.OrdinalIgnoreCase)))
            {
                gaps++;
                if (others.Count == 0)
                {
                    continue;
                }

                compared++;
                Assert.False(Exclusive().IsMatch(sentence),
                    $"{brief}, seed {seed}, workforce_plan: the Hiring table also hires {string.Join(", ", others)}, but this says platform engineering takes the hiring: {sentence}");
            }
        }

        Assert.True(gaps >= 15, $"{brief}: only {gaps} sentences in 90 seeds name the platform engineering gap.");
        Assert.True(compared >= 5, $"{brief}: only {compared} of them in 90 seeds sit beside a Hiring table that hires other roles.");
    }

    [GeneratedRegex(@"\bonly\b|\bthe (external|outside) hires\b|\bwhere (the )?hiring goes\b|\ball (the )?hiring\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusive();
}
