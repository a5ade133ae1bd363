using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary><c>--set reviewer.catch_rate=R</c>: the careful stub reviewer's chance of noticing what no check sees, for this run.</summary>
public sealed class RunCommandReviewerCatchRateTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_CatchRateZeroAgainstOne_ReviewersMissWhatTheyWouldOtherwiseCatch()
    {
        var blind = await RunAsync("blind", "reviewer.catch_rate=0");
        var careful = await RunAsync("careful", "reviewer.catch_rate=1");

        // Same seed, same first drafts: only the reviewers' reading differs.
        Assert.Equal(Defects(blind, "planted"), Defects(careful, "planted"));
        Assert.True(Defects(blind, "rubber_stamp_passes") > Defects(careful, "rubber_stamp_passes"), $"stamps {Defects(blind, "rubber_stamp_passes")} against {Defects(careful, "rubber_stamp_passes")}");
        // Caught at the gates: what the reviewers missed the approving human may still catch (at 0.5), so the total can tie.
        Assert.True(CaughtAtGates(blind) < CaughtAtGates(careful), $"caught at gates {CaughtAtGates(blind)} against {CaughtAtGates(careful)}");
        Assert.Equal(["reviewer.catch_rate=0"], blind.Summary.GetProperty("governance").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEqual(blind.RunId, careful.RunId);
    }

    // The reviewer's and the approving human's rates (RunCommandHumanCatchRateTests) are refused alike.
    [Theory]
    [InlineData("reviewer.catch_rate", "-0.1")]
    [InlineData("reviewer.catch_rate", "1.5")]
    [InlineData("reviewer.catch_rate", "abc")]
    [InlineData("reviewer.catch_rate", "")]
    [InlineData("human.catch_rate", "-0.1")]
    [InlineData("human.catch_rate", "2")]
    [InlineData("human.catch_rate", "often")]
    public async Task Run_CatchRateOutOfRange_ExitsTwoNamingTheKeyAndWritesNothing(string key, string value)
    {
        var output = _temp.Combine("bad");

        var result = await CliRunner.RunEngagementAsync(output, "--set", $"{key}={value}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NX0087", result.Output, StringComparison.Ordinal);
        Assert.Contains(key, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    private async Task<RunOutput> RunAsync(string name, string pair)
    {
        var output = _temp.Combine(name);
        var result = await CliRunner.RunEngagementAsync(output, "--seed", "7", "--set", pair);
        Assert.True(result.ExitCode == 0, result.Output);
        return RunOutput.Single(output);
    }

    private static long Defects(RunOutput run, string field) => run.Summary.GetProperty("defects").GetProperty(field).GetInt64();

    private static long CaughtAtGates(RunOutput run) =>
        run.Summary.GetProperty("defects").GetProperty("caught").EnumerateObject().Where(p => p.Name != "board_approval").Sum(p => p.Value.GetInt64());
}
