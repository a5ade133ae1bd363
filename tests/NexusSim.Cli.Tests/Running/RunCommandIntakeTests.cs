using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Intake economics end to end: a declined engagement says why, on the console and in summary.json.</summary>
public sealed class RunCommandIntakeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("fee_usd: 20000", "the fee $20,000 is below the readiness_assessment price band ($250,000 to $500,000)")]
    [InlineData("fee_usd: 2500000", "the fee $2,500,000 is above the readiness_assessment price band ($250,000 to $500,000)")]
    public async Task Run_FeeOutsideTheBand_DeclinedWithTheReasonOnConsoleAndInSummary(string fee, string reason)
    {
        var brief = _temp.Combine("brief.yaml");
        File.WriteAllText(brief, File.ReadAllText(Path.Combine(Paths.Briefs, "default.yaml")).Replace("fee_usd: 350000", fee, StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("run", "--out", _temp.Combine("out"), "--brief", brief);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(_temp.Combine("out"));
        Assert.Equal("declined", run.Text("status"));
        Assert.Contains(reason, run.Text("declined_reason"), StringComparison.Ordinal);
        Assert.Contains(reason, string.Join(' ', result.Output.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FeeInsideTheBand_AcceptedWithNoDeclinedReason()
    {
        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--brief", Path.Combine(Paths.Briefs, "default.yaml"));

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(_temp.Combine("out"));
        Assert.NotEqual("declined", run.Text("status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.Summary.GetProperty("declined_reason").ValueKind);
    }
}
