using NexusSim.Cli.Records;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>Two runs of one id at once, reruns that fail, and crashes while publishing: a completed run is never lost.</summary>
public sealed class HostileConcurrencyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Acquire_LockHeldByAnotherWriter_ThrowsRunInUseNamingTheRun()
    {
        using var first = RunLock.Acquire(_temp.Path, "run-a");

        var ex = Assert.Throws<RunInUseException>(() => RunLock.Acquire(_temp.Path, "run-a"));

        Assert.Contains("run 'run-a' is being written by another nexussim process", ex.Message, StringComparison.Ordinal);
        Assert.Contains(first.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_StaleLockFileLeftByACrash_IsTakenOver()
    {
        File.WriteAllText(_temp.Combine(".run-a.lock"), "999999\n");

        using var taken = RunLock.Acquire(_temp.Path, "run-a");

        Assert.True(File.Exists(taken.Path));
        Assert.Throws<RunInUseException>(() => RunLock.Acquire(_temp.Path, "run-a"));
    }

    [Fact]
    public void Dispose_HeldLock_DeletesTheLockFileAndFreesTheRun()
    {
        var first = RunLock.Acquire(_temp.Path, "run-a");
        var path = first.Path;

        first.Dispose();
        using var second = RunLock.Acquire(_temp.Path, "run-a");

        Assert.Equal(path, second.Path);
    }

    [Fact]
    public void Acquire_OtherRunId_IsIndependent()
    {
        using var first = RunLock.Acquire(_temp.Path, "run-a");

        using var second = RunLock.Acquire(_temp.Path, "run-b");

        Assert.NotEqual(first.Path, second.Path);
    }

    [Theory]
    [InlineData("interrupted")]
    [InlineData("turn_limit")]
    [InlineData("awaiting_approval")]
    [InlineData("incomplete")]
    public void Publish_NonCompletedRerunOverCompletedRun_KeepsTheCompletedRun(string status)
    {
        var final = MakeRun("run-a", "completed", "old");
        var staging = MakeRun(".run-a.partial", status, "new");

        var published = RunPublisher.Publish(staging, final, status);

        Assert.False(published);
        Assert.Equal("old", File.ReadAllText(Path.Combine(final, "marker")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Publish_CompletedRerun_ReplacesTheOldRunAndLeavesNoAsideFolder()
    {
        var final = MakeRun("run-a", "completed", "old");
        var staging = MakeRun(".run-a.partial", "completed", "new");

        var published = RunPublisher.Publish(staging, final, "completed");

        Assert.True(published);
        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "marker")));
        Assert.Equal(["run-a"], Directory.GetDirectories(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Publish_InterruptedRerunOverInterruptedRun_ReplacesIt()
    {
        var final = MakeRun("run-a", "interrupted", "old");
        var staging = MakeRun(".run-a.partial", "interrupted", "new");

        Assert.True(RunPublisher.Publish(staging, final, "interrupted"));
        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "marker")));
    }

    [Fact]
    public void Recover_CrashAfterOldRunWasSetAside_PutsTheOldRunBack()
    {
        // The crash came between "rename the old aside" and "move the new in".
        MakeRun(".run-a.aside-4242", "completed", "old");

        RunPublisher.Recover(_temp.Path, "run-a");

        Assert.Equal("old", File.ReadAllText(_temp.Combine("run-a", "marker")));
        Assert.Equal(["run-a"], Directory.GetDirectories(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Recover_CrashAfterNewRunMovedIn_DeletesTheAsideFolder()
    {
        MakeRun(".run-a.aside-4242", "completed", "old");
        MakeRun("run-a", "completed", "new");

        RunPublisher.Recover(_temp.Path, "run-a");

        Assert.Equal("new", File.ReadAllText(_temp.Combine("run-a", "marker")));
        Assert.Equal(["run-a"], Directory.GetDirectories(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void StatusOf_GarbageSummary_IsNullNotAnException()
    {
        var run = Directory.CreateDirectory(_temp.Combine("run-a")).FullName;
        File.WriteAllText(Path.Combine(run, "summary.json"), "{ not json");

        Assert.Null(RunPublisher.StatusOf(run));
    }

    [Fact]
    public async Task Run_SameRunIdLockedByAnotherProcess_ExitsTwoWithAClearMessageAndNoStackTrace()
    {
        var output = _temp.Combine("out");
        using var other = RunLock.Acquire(output, "busy");

        var result = await CliRunner.RunEngagementAsync(output, "--manifest", Paths.FiveAgentFirm, "--run-id", "busy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: run 'busy' is being written by another nexussim process", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "busy")));
        Assert.False(Directory.Exists(Path.Combine(output, ".busy.partial")));
    }

    [Fact]
    public async Task Run_TwoIdenticalRunsAtOnce_OneRunsTheOtherStopsCleanlyOrBothComplete()
    {
        var output = _temp.Combine("out");

        var results = await Task.WhenAll(
            CliRunner.RunEngagementAsync(output, "--manifest", Paths.FiveAgentFirm),
            CliRunner.RunEngagementAsync(output, "--manifest", Paths.FiveAgentFirm));

        Assert.Contains(results, r => r.ExitCode == 0);
        Assert.All(results, r => Assert.True(r.ExitCode is 0 or 2, r.Output));
        Assert.All(results.Where(r => r.ExitCode == 2), r => Assert.Contains("is being written by another nexussim process", r.Output, StringComparison.Ordinal));
        Assert.Equal("run-", RunOutput.Single(output).RunId[..4]);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(output), e => e.EndsWith(".partial", StringComparison.Ordinal) || e.EndsWith(".lock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_FailedRerunUnderTheSameRunId_KeepsTheCompletedRunAndWarns()
    {
        var output = _temp.Combine("out");
        var config = _temp.Combine("five-turns.json");
        await File.WriteAllTextAsync(config, "{ \"NexusSim\": { \"Simulation\": { \"MaxTurns\": 5 } } }");
        await CliRunner.RunEngagementAsync(output, "--run-id", "mine");
        var completed = await File.ReadAllTextAsync(Path.Combine(output, "mine", "summary.json"));

        var rerun = await CliRunner.RunEngagementAsync(output, "--run-id", "mine", "--config", config);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("status turn_limit", rerun.Output, StringComparison.Ordinal);
        Assert.Contains("warning: this run did not complete, so the completed run of the same id was kept", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(completed, await File.ReadAllTextAsync(Path.Combine(output, "mine", "summary.json")));
        Assert.Equal(["mine"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    private string MakeRun(string name, string status, string marker)
    {
        var directory = Directory.CreateDirectory(_temp.Combine(name)).FullName;
        File.WriteAllText(Path.Combine(directory, "summary.json"), $"{{\"status\": \"{status}\"}}");
        File.WriteAllText(Path.Combine(directory, "marker"), marker);
        return directory;
    }
}
