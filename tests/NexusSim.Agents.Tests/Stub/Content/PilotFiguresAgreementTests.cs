using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The retail brief's pilot deliverables, read as its client would: the pilot design's rollout plan once put
/// the first supervised agents live "after 17 weeks" of a pilot whose table said "15 weeks end to end", and
/// the dashboard's system-health table stated an override rate and a metric reading of its own ("7%",
/// "10.1 hours") beside its KPI table's ("13%", "15% lower" than 22 hours).
/// </summary>
public sealed partial class PilotFiguresAgreementTests
{
    private static readonly Lazy<ShippedBriefRun> Retail = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml")));

    [Fact]
    public void PilotDesign_RolloutPlan_NamesNoWeekBeyondThePilotsDuration()
    {
        var weeksChecked = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var design = Retail.Value.Run(seed)["pilot_design"];
            var duration = Duration().Match(design);
            if (!duration.Success)
            {
                // The use-case section's prose variants state no duration.
                continue;
            }

            var total = int.Parse(duration.Groups[1].Value, CultureInfo.InvariantCulture);

            foreach (Match week in Week().Matches(Section(design, "Rollout Plan")))
            {
                var value = int.Parse(week.Groups["n"].Value, CultureInfo.InvariantCulture);
                Assert.True(value <= total, $"seed {seed}: the rollout plan says '{week.Value}' of a {total}-week pilot.");
                weeksChecked++;
            }
        }

        Assert.True(weeksChecked > 0, "No rollout plan named a week.");
    }

    [Fact]
    public void Dashboard_SystemHealthTable_StatesTheKpiTablesOverrideRateAndMetric()
    {
        var compared = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var dashboard = Retail.Value.Run(seed)["dashboard"];
            var kpis = Rows(Section(dashboard, "KPIs"));
            var health = Rows(Section(dashboard, "System Health"));
            if (kpis.Count == 0 || health.Count == 0)
            {
                continue;
            }

            compared++;
            var overrides = kpis.Single(r => r[0].StartsWith("Reviewer override", StringComparison.Ordinal));
            var overridesNow = health.Single(r => r[0].StartsWith("Reviewer override", StringComparison.Ordinal));
            Assert.Equal(Number(overrides[3]), Number(overridesNow[1]));

            // The metric's row: baseline, then "N% lower" as the latest reading.
            var metric = kpis[0];
            var expected = Number(metric[1]) * (1m - (Number(metric[3]) / 100m));
            var metricNow = health.Single(r => r[0].StartsWith(metric[0], StringComparison.OrdinalIgnoreCase));
            Assert.True(
                Math.Abs(Number(metricNow[1]) - expected) <= 0.1m,
                $"seed {seed}: system health says {metricNow[1]} for the {metric[0]}; the KPI table's baseline {metric[1]} and latest '{metric[3]}' make {expected}.");
        }

        Assert.True(compared >= 3, $"Only {compared} seeds drew both tables.");
    }

    [Fact]
    public void WeeklyStatusAndDashboard_CasesThisWeek_AreOneFigure()
    {
        // The weekly status said the agent handled 580 cases this week; the dashboard, 446 processed this week.
        var compared = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var run = Retail.Value.Run(seed);
            var health = Rows(Section(run["dashboard"], "System Health"));
            if (health.Count == 0)
            {
                continue;
            }

            var dashboardCases = Number(health.Single(r => r[0].StartsWith("Cases processed", StringComparison.Ordinal))[1]);
            // Every count but the planners moved to supervised mode (6 to 15), the milestones (2 of 3) and a duration
            // (the baseline's hours) is the week's cases, which are a share of the process's weekly volume (from 20 up).
            var progress = TimeSpan().Replace(Citation().Replace(Section(run["weekly_status"], "Measured Progress"), string.Empty), string.Empty);
            var stated = Count().Matches(progress)
                .Select(m => decimal.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))
                .Where(n => n >= 20m)
                .ToList();
            Assert.NotEmpty(stated);
            Assert.All(stated, n => Assert.True(n == dashboardCases, $"seed {seed}: the weekly status states {n} cases, the dashboard {dashboardCases}."));
            compared++;
        }

        Assert.True(compared >= 3, $"Only {compared} seeds drew the system-health table.");
    }

    // The text under a "## heading", up to the next heading.
    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    // Table body rows, cells trimmed, citations dropped.
    private static List<string[]> Rows(string section) =>
        [.. section.Split('\n')
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
            .Skip(1)
            .Select(l => l.Trim('|').Split('|').Select(c => Citation().Replace(c, string.Empty).Trim()).ToArray())];

    private static decimal Number(string cell)
    {
        var match = Decimal().Match(cell);
        Assert.True(match.Success, $"No figure in '{cell}'.");
        return decimal.Parse(match.Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+) weeks end to end")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?:after|in|from|by|until) (?:week )?(?<n>\d+)(?: weeks?)?|week (?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Decimal();

    // Whole counts, not percentages: "580", "1,204".
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d.,]*%)(?![\d])")]
    private static partial Regex Count();

    [GeneratedRegex(@"\[S\d+\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\d+(?:\.\d+)? (?:hours|days|minutes)\b")]
    private static partial Regex TimeSpan();
}
