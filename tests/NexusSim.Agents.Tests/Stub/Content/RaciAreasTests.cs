using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Operating Model / RACI's RACI Matrices said "The matrices span four areas, from approving a use case to
/// handling an incident" above a table with no incident among its activities (insurer-claims, seed 1), and claimed
/// "build and change" with no change to an agent but a tool grant. A RACI section that says its matrices cover
/// incidents now lists an incident activity, and one that says they cover change lists a change to an agent.
/// </summary>
public sealed partial class RaciAreasTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToForty_TheAreasTheRaciClaimsAreItsActivities(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "operating_model_raci");
        var (incidents, changes) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var lines = ShippedBriefRun.SectionLines(run.Run(seed, options)["operating_model_raci"], "RACI Matrices");
            var activities = TableReader.Rows(lines).Where(r => r.ContainsKey("Activity")).Select(r => r["Activity"]).ToList();
            var prose = string.Join(" ", lines.Where(l => !l.StartsWith('|')));
            var table = string.Join(" | ", activities);
            if (Incident().IsMatch(prose))
            {
                incidents++;
                Assert.True(activities.Any(a => Incident().IsMatch(a)), $"{brief}, seed {seed}, operating_model_raci: the RACI Matrices say they cover incidents, yet no activity is one: {prose} [{table}]");
            }

            if (Change().IsMatch(prose))
            {
                changes++;
                Assert.True(activities.Any(a => Change().IsMatch(a)), $"{brief}, seed {seed}, operating_model_raci: the RACI Matrices say they cover change, yet no activity changes an agent: {prose} [{table}]");
            }
        }

        Assert.True(incidents >= 15, $"{brief}: only {incidents} RACI sections in 40 seeds say their matrices cover incidents.");
        Assert.True(changes >= 15, $"{brief}: only {changes} RACI sections in 40 seeds say their matrices cover change.");
    }

    [GeneratedRegex(@"\bincidents?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Incident();

    [GeneratedRegex(@"\bchange\b", RegexOptions.IgnoreCase)]
    private static partial Regex Change();
}
