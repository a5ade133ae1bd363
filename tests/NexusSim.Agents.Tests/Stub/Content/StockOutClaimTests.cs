namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A sentence may not promise a measure no deliverable states. The retail brief's stock-out note said
/// "so availability of those lines is a measure here" and "which is why the measures here include availability
/// of the top lines" under the pilot design's Success Criteria, the weekly status's Measured Progress and the
/// results report's Outcomes, in nearly every run; none of them, nor the dashboard's KPIs, measures the top
/// lines' availability (the pilot's KPI is the replenishment cycle time).
/// </summary>
public sealed class StockOutClaimTests
{
    private static readonly Lazy<ShippedBriefRun> Retail = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml")));

    [Fact]
    public void PilotDeliverables_SeedsOneToThirty_AvailabilityIsNeverClaimedAsAMeasure()
    {
        var notes = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in Retail.Value.Run(seed))
            {
                foreach (var line in markdown.Split('\n').Where(l => !l.StartsWith('|')))
                {
                    notes += line.Contains("best sell", StringComparison.OrdinalIgnoreCase) || line.Contains("top sellers", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                    Assert.False(
                        line.Contains("availability", StringComparison.OrdinalIgnoreCase) && (line.Contains("measure", StringComparison.OrdinalIgnoreCase) || line.Contains("tracked", StringComparison.OrdinalIgnoreCase)),
                        $"seed {seed}, {deliverable} claims a measure no deliverable states: {line}");
                }
            }
        }

        Assert.True(notes >= 30, $"Only {notes} stock-out notes in 30 seeds: the note is no longer written.");
    }
}
