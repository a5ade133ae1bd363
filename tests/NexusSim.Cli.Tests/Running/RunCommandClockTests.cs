using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>summary.json's simulated-clock figures: the human's hours, makespan and cycle times in working days, cost in dollars.</summary>
public sealed class RunCommandClockTests
{
    [Fact]
    public async Task Run_Default_ClockFiguresAreConsistentWithTheRun()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        var summary = run.Summary;
        var decisions = run.Number("approvals") + run.Number("rejections");
        Assert.True(decisions > 0);
        Assert.Equal(decisions * 0.5, summary.GetProperty("human_hours").GetDouble(), 6);
        Assert.True(summary.GetProperty("simulated_minutes").GetDouble() >= (decisions * 30) + 0.0);
        Assert.True(summary.GetProperty("makespan_days").GetDouble() > 0);
        Assert.True(summary.GetProperty("cost_usd").GetDecimal() > 0);
        var cycles = summary.GetProperty("cycle_days").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(run.Deliverables().Select(d => d.Id).Order(StringComparer.Ordinal), cycles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Math.Round(cycles.Values.Average(), 4), summary.GetProperty("mean_cycle_days").GetDouble(), 3);
        Assert.All(cycles.Values, c => Assert.InRange(c, 0.0, summary.GetProperty("makespan_days").GetDouble() + 1e-9));
    }
}
