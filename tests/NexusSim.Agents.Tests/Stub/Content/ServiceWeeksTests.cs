using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A deliverable states the engagement's length the service line sells. The pilot design's table read
/// "| Duration | 15 weeks end to end |" (a figure drawn from 14 to 16) for a line the manifest gives as 16 weeks
/// (the retail brief, seed 1).
/// </summary>
public sealed partial class ServiceWeeksTests
{
    private static readonly Lazy<ShippedBriefRun> Retail = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml")));

    [Fact]
    public void PilotDesign_SeedsOneToThirty_DurationIsTheServiceLinesWeeks()
    {
        var rows = 0;
        var weeks = Retail.Value.Line.Weeks;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in Retail.Value.Run(seed))
            {
                foreach (Match row in DurationRow().Matches(markdown))
                {
                    rows++;
                    Assert.True(row.Groups[1].Value == weeks.ToString(System.Globalization.CultureInfo.InvariantCulture), $"seed {seed}, {deliverable}: {row.Value.Trim()} for a line of {weeks} weeks");
                }
            }
        }

        Assert.True(rows >= 5, $"Only {rows} Duration rows in 30 seeds.");
    }

    [GeneratedRegex(@"\| Duration \| (\d+) weeks end to end[^\n]*")]
    private static partial Regex DurationRow();
}
