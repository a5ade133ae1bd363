using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Stakeholder Map's Change Readiness said "Three teams are rated in the table, each inside one of the 2
/// business units in scope", and its table's third team was "Shared services" (default brief, seed 3): a corporate
/// function, not a team of a business unit. Every team the table rates is now a team of one of the industry's
/// processes, inside the units in scope.
/// </summary>
public sealed class ChangeReadinessTeamTests
{
    private static readonly string[] CorporateFunctions = ["Shared services", "Finance", "HR", "Human resources", "IT", "Legal", "Procurement", "Group functions"];

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRun_SeedsOneToForty_ChangeReadinessRatesTeamsInsideTheUnits(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var teams = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "stakeholder_map")))
            {
                var section = ShippedBriefRun.SectionLines(markdown, "Change Readiness");
                foreach (var row in TableReader.Rows(section).Where(r => r.ContainsKey("Team")))
                {
                    teams++;
                    Assert.DoesNotContain(row["Team"], CorporateFunctions, StringComparer.OrdinalIgnoreCase);
                    Assert.False(string.IsNullOrWhiteSpace(row["Team"]), $"{brief}, seed {seed}, {deliverable}: a Change Readiness row with no team");
                }
            }
        }

        Assert.True(teams >= 15, $"{brief}: only {teams} teams rated for change readiness in 40 seeds of the assessment line.");
    }
}
