namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The pilot's Working System configured "Trace retention | 237 days", cited to the regulation: any whole number from
/// 90 to 400, where a retention period set by a rule or a policy is a round one. The Configuration table now keeps
/// traces 90, 180 or 365 days (the fallback Platform table of 32-sections-architecture.md likewise).
/// </summary>
public sealed class RetentionPeriodTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_TracesAreKeptARoundPeriod(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "working_system");
        var rows = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var row in TableReader.AllRows(markdown).Where(r => r.Values.FirstOrDefault() == "Trace retention"))
                {
                    rows++;
                    var period = row.Values.Skip(1).First();
                    Assert.True(period.StartsWith("90 days", StringComparison.Ordinal) || period.StartsWith("180 days", StringComparison.Ordinal) || period.StartsWith("365 days", StringComparison.Ordinal),
                        $"{brief}, seed {seed}, {deliverable}: traces kept '{period}', not a period a rule sets");
                }
            }
        }

        Assert.True(rows >= 10, $"{brief}: only {rows} trace retention rows in 40 seeds.");
    }
}
