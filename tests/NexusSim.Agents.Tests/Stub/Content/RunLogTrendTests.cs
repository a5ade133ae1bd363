using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Working System's run log could show reviewers overriding 9% of drafts in the first supervised week and 10% in
/// the latest (insurer-claims through the pilot line, seed 3; 9% to 11% for logistics), while the Weekly Status's
/// Trends read the override rate as "Falling" and said it "has fallen every week since supervised mode began": the
/// first week's rate was drawn in a range that overlaps the latest rate's. The same Trends read the cases sent to a
/// supervisor as "Flat" beside a run log whose share fell from 27% to 19% (retail-ops, seed 3). In every pilot run the run log's two weeks agree with the trend the run states: the
/// latest week's override rate and share sent to a supervisor are below the first supervised week's, and no Trends
/// row reads either as flat or rising.
/// </summary>
public sealed partial class RunLogTrendTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_TheRunLogFallsAsTheTrendsSay(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var (logs, trends) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var rows = TableReader.AllRows(markdown);
                var first = rows.FirstOrDefault(r => r.TryGetValue("Week", out var w) && w == "First supervised week");
                var latest = rows.FirstOrDefault(r => r.TryGetValue("Week", out var w) && w == "Latest week");
                if (first is not null && latest is not null)
                {
                    logs++;
                    foreach (var column in new[] { "Overridden by a person", "Sent to a supervisor" })
                    {
                        Assert.True(Percent(latest[column]) < Percent(first[column]), $"{brief}, seed {seed}, {deliverable}: the run log's '{column}' went from {first[column]} in the first supervised week to {latest[column]} in the latest, yet the trends say it fell");
                    }
                }

                foreach (var row in rows.Where(r => r.TryGetValue("Measure", out var m) && (m == "Reviewer override rate" || m == "Cases sent to a supervisor") && r.ContainsKey("Trend")))
                {
                    trends++;
                    Assert.True(row["Trend"].StartsWith("Falling", StringComparison.Ordinal), $"{brief}, seed {seed}, {deliverable}: the trend of '{row["Measure"]}' reads '{row["Trend"]}', where the run log shows it falling from the first supervised week");
                }
            }
        }

        Assert.True(logs >= 12, $"{brief}: only {logs} run logs in 40 seeds of the pilot line.");
        Assert.True(trends >= 20, $"{brief}: only {trends} Trends rows of overrides or supervisor cases in 40 seeds of the pilot line.");
    }

    private static int Percent(string cell) =>
        int.Parse(Figure().Match(cell).Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+)%")]
    private static partial Regex Figure();
}
