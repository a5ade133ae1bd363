using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Workforce Plan's platform team adds up. Its Skills Gaps table read "Platform engineers | 4 | 13 | Hire in
/// waves, and grow the platform team" while its Structure said "A central hub of 7 people runs the platform and
/// sets standards" (logistics-roadmap brief, seed 4; seed 5: 14 needed, a hub of 10): the hub that runs the
/// platform was smaller than the platform engineers it needs. The ranges also let the same table's today and the
/// Hiring table's "Agent platform engineers" outgrow the need (4 today and 5 hires against 6 needed), though no seed
/// of 1 to 90 drew that with both tables written. In one run,
/// today's platform engineers plus those hired are at most the number needed in two years, and the hub that runs
/// the platform holds at least that many people.
/// </summary>
public sealed partial class PlatformTeamSizeTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void WorkforcePlan_SeedsOneToNinety_PlatformTeamFiguresAgree(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "workforce_plan");
        var (hires, hubs) = (0, 0);
        for (ulong seed = 1; seed <= 90; seed++)
        {
            var plan = run.Run(seed, options)["workforce_plan"];
            var rows = TableReader.AllRows(plan).ToList();
            var gap = rows.FirstOrDefault(r => r.TryGetValue("Role", out var role) && role == "Platform engineers" && r.ContainsKey("Needed in two years"));
            if (gap is null)
            {
                continue;
            }

            var (today, needed) = (Number(gap["Today"]), Number(gap["Needed in two years"]));
            var hired = rows.FirstOrDefault(r => r.TryGetValue("Role", out var role) && role == "Agent platform engineers" && r.ContainsKey("Hires"));
            if (hired is not null)
            {
                hires++;
                Assert.True(today + Number(hired["Hires"]) <= needed,
                    $"{brief}, seed {seed}, workforce_plan: {today} platform engineers today and {hired["Hires"]} hires, but only {needed} needed in two years");
            }

            var prose = string.Join('\n', plan.Split('\n').Where(l => !l.StartsWith('|')));
            foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences))
            {
                var hub = Hub().Match(sentence);
                if (!hub.Success)
                {
                    continue;
                }

                hubs++;
                Assert.True(Number(hub.Groups["n"].Value) >= needed,
                    $"{brief}, seed {seed}, workforce_plan: {needed} platform engineers needed in two years, but the hub that runs the platform is smaller: {sentence}");
            }
        }

        Assert.True(hires >= 5, $"{brief}: only {hires} workforce plans in 90 seeds table both the platform engineers needed and those hired.");
        Assert.True(hubs >= 5, $"{brief}: only {hubs} workforce plans in 90 seeds table the platform engineers needed and size the hub.");
    }

    private static int Number(string cell) => int.Parse(cell, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bhub\b[^.]*?\b(?<n>\d+) people\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hub();
}
