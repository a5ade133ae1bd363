using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`runs list`, `runs show` and `runs diff` over the runs kept in an output folder.</summary>
public sealed class RunsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task List_TwoRunsAndLeftovers_ListsEachRunOnceWithStatusAndSeed()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--seed", "7");
        Directory.CreateDirectory(Path.Combine(Out, ".run-x.partial"));
        Directory.CreateDirectory(Path.Combine(Out, "not-a-run"));

        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(0, result.ExitCode);
        foreach (var run in Directory.GetDirectories(Out).Where(d => File.Exists(Path.Combine(d, "summary.json"))).Select(RunOutput.At))
        {
            Assert.Matches($"{run.RunId} +{run.Text("status")} +\\d{{4}}-\\d\\d-\\d\\dT[0-9:]+Z .* {run.Number("seed")} ", result.Output);
        }

        Assert.Contains("2 run(s) in ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(".run-x.partial", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-run", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EmptyOutFolder_SaysThereAreNoRuns()
    {
        var result = await CliRunner.RunAsync("runs", "list", "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No runs in ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_RunById_PrintsFieldsSettingsAndDeliverables()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        var run = RunOutput.Single(Out);

        var result = await CliRunner.RunAsync("runs", "show", run.RunId, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches($"status +{run.Text("status")}", result.Output);
        Assert.Matches("settings.NexusSim:Simulation:MaxTurns +400", result.Output);
        Assert.Matches("tool_version +\\d", result.Output);
        Assert.All(run.Deliverables(), d => Assert.Matches($"{d.Id} +{d.Status}, ", result.Output));
    }

    [Fact]
    public async Task Diff_RunsOfTwoSeeds_MarksTheSeedAsDifferentAndTheFirmAsSame()
    {
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm);
        await CliRunner.RunEngagementAsync(Out, "--manifest", Paths.FiveAgentFirm, "--seed", "7");
        var ids = Directory.GetDirectories(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        var result = await CliRunner.RunAsync("runs", "diff", ids[0]!, ids[1]!, "--out", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\*\s+seed\s+(42\s+7|7\s+42)", result.Output);
        Assert.Matches(@"\n\s+firm\s+", result.Output);
    }

    [Theory]
    [InlineData("show", "nope")]
    [InlineData("show", "../../etc")]
    [InlineData("diff", "nope")]
    public async Task ShowOrDiff_UnknownRun_ExitsTwoNamingIt(string verb, string run)
    {
        string[] args = verb == "show" ? ["runs", verb, run, "--out", Out] : ["runs", verb, run, run, "--out", Out];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: no run '{run}'", result.Output, StringComparison.Ordinal);
    }
}
