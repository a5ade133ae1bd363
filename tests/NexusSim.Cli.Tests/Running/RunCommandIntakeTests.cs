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
        // A declined run drafted nothing: its outputs line lists no deliverables.
        var outputs = result.Output.Split('\n').Single(l => l.StartsWith("Outputs in ", StringComparison.Ordinal));
        Assert.DoesNotContain("deliverables/", outputs, StringComparison.Ordinal);
        Assert.Contains("summary.json", outputs, StringComparison.Ordinal);
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

    [Fact]
    public async Task Run_FirmWithASecondHuman_RunsToTheSameStatusAsWithOne()
    {
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, _temp.Combine("firm"));
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(
            "humans:\n",
            "humans:\n  - id: compliance_officer\n    name: Compliance Officer\n    title: Compliance Officer\n    duties: Reviews the regulatory exposure of client advice.\n",
            StringComparison.Ordinal));
        Assert.Contains("id: compliance_officer", File.ReadAllText(manifest), StringComparison.Ordinal);
        var brief = Path.Combine(Paths.FiveAgentFirm, "brief.yaml");

        var two = await CliRunner.RunEngagementAsync(_temp.Combine("two"), "--manifest", _temp.Combine("firm"), "--brief", brief);
        var one = await CliRunner.RunEngagementAsync(_temp.Combine("one"), "--manifest", Paths.FiveAgentFirm, "--brief", brief);

        Assert.Equal(0, two.ExitCode);
        Assert.Equal(RunOutput.Single(_temp.Combine("one")).Text("status"), RunOutput.Single(_temp.Combine("two")).Text("status"));
        Assert.Equal(0, one.ExitCode);
    }
}
