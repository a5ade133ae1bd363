namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail brief's seed 5 Dashboard had a KPIs section that read "At the top sit the three KPIs the sponsor will
/// decide on: the average replenishment cycle time, rework and reviewer overrides [S3]. A daily refresh from each system
/// of record keeps the KPIs current, with the 22 hours baseline always in view [S2]." and showed no KPI at all: one of
/// the section's two variants carried the table, the other only its prose. A dashboard's KPIs section shows every KPI
/// it names with its baseline, target and latest value, on every seed.
/// </summary>
public sealed class DashboardKpiTableTests
{
    [Theory]
    [InlineData("retail-ops.yaml")]
    [InlineData("default.yaml")]
    [InlineData("insurer-claims.yaml")]
    public void Dashboard_SeedsOneToSixty_KpisSectionShowsTheLatestValues(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "dashboard");
        var seen = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var dashboard = run.Run(seed, options)["dashboard"];
            var lines = ShippedBriefRun.SectionLines(dashboard, "KPIs");
            if (lines.Count == 0)
            {
                continue;
            }

            seen++;
            var rows = TableReader.Rows(lines);
            Assert.True(rows.Count >= 3, $"{brief}, seed {seed}, dashboard: the KPIs section shows no KPI:\n{string.Join('\n', lines)}");
            Assert.All(rows, r => Assert.True(r.TryGetValue("Latest", out var latest) && latest.Any(char.IsDigit),
                $"{brief}, seed {seed}, dashboard: KPI '{r.GetValueOrDefault("KPI")}' has no latest value."));
        }

        Assert.True(seen >= 50, $"{brief}: only {seen} dashboards with a KPIs section in 60 seeds.");
    }
}
