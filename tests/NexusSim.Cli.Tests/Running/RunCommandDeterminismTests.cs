using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

public sealed class RunCommandDeterminismTests(DefaultRunFixture fixture) : IClassFixture<DefaultRunFixture>
{
    [Fact]
    public void Run_SameInputsTwice_GivesTheSameRunId()
    {
        Assert.Equal(0, fixture.Second.ExitCode);
        Assert.Equal(fixture.FirstRun.RunId, fixture.SecondRun.RunId);
    }

    [Fact]
    public void Run_SameInputsTwice_WritesByteIdenticalDeliverables()
    {
        var first = fixture.FirstRun.DeliverableFiles();
        var second = fixture.SecondRun.DeliverableFiles();

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    [Fact]
    public void Run_SameInputsTwice_WritesIdenticalSummaryExceptTheWallClock()
    {
        var first = WithoutWallClock(File.ReadAllText(Path.Combine(fixture.FirstRun.Directory, "summary.json")));
        var second = WithoutWallClock(File.ReadAllText(Path.Combine(fixture.SecondRun.Directory, "summary.json")));

        Assert.Equal(first, second);
        Assert.Contains("\"settings\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Default_RecordsTheDigestOfThePromptsItWasWrittenFrom()
    {
        var settings = fixture.FirstRun.Summary.GetProperty("settings");
        var recorded = settings.GetProperty(Cli.Running.ContentLibraries.PromptsHashSetting).GetString();

        Assert.Equal(new Cli.Running.ContentLibraries().PromptsHash(Path.Combine(AppContext.BaseDirectory, "prompts")), recorded);
    }

    // started_at and wall_seconds are the only wall-clock fields; every other byte must match.
    private static string WithoutWallClock(string summary) =>
        string.Join('\n', summary.Split('\n').Where(l => !l.Contains("\"started_at\"", StringComparison.Ordinal) && !l.Contains("\"wall_seconds\"", StringComparison.Ordinal)));

    [Fact]
    public void Run_OtherSeed_GivesAnotherRunIdAndOtherContent()
    {
        var first = fixture.FirstRun;
        var other = fixture.OtherSeedRun;

        Assert.Equal(0, fixture.OtherSeed.ExitCode);
        Assert.Equal(7, other.Number("seed"));
        Assert.NotEqual(first.RunId, other.RunId);
        var firstFiles = first.DeliverableFiles();
        Assert.Contains(other.DeliverableFiles(), pair => !firstFiles.TryGetValue(pair.Key, out var bytes) || !bytes.SequenceEqual(pair.Value));
    }

    [Fact]
    public async Task Run_RunIdGiven_WritesIntoThatDirectory()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", Paths.FiveAgentFirm, "--run-id", "my-run_1.a");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal("my-run_1.a", run.RunId);
        Assert.Equal("my-run_1.a", run.Text("run_id"));
    }
}
