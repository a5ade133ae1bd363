using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary><c>run --overlay FILE</c> and <c>--set KEY=VALUE</c>: the variant runs, summary.json says which, bad input exits 2 naming the file and line.</summary>
public sealed class RunCommandGovernanceTests
{
    [Fact]
    public async Task Run_GatesOffAndRecordOnlyWithFaults_NoGateRunsAndWouldBeDeniedActionsExecute()
    {
        using var output = new TempDirectory();
        var overlay = Path.Combine(output.Path, "variant.yaml");
        await File.WriteAllTextAsync(overlay, "gates: off\n");

        var result = await CliRunner.RunEngagementAsync(Path.Combine(output.Path, "out"), "--overlay", overlay, "--set", "authority=record_only", "--faults");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(Path.Combine(output.Path, "out"));
        Assert.Equal(0, run.Number("gate_attempts"));
        Assert.Equal(0, run.Number("denied_actions"));
        Assert.True(run.Number("would_be_denied") > 0);
        Assert.Equal(run.Number("would_be_denied"), run.Number("unauthorized_executed"));
        Assert.Equal(["gates=off", "authority=record_only"], run.Summary.GetProperty("governance").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Run_ShippedLenientOverlay_RunsAndSummaryListsItsSettings()
    {
        // The overlay docs/governance-variants.md shows (samples/overlays/lenient.yaml).
        using var output = new TempDirectory();
        var overlay = Path.Combine(AppContext.BaseDirectory, "samples", "overlays", "lenient.yaml");

        var result = await CliRunner.RunEngagementAsync(output.Path, "--overlay", overlay, "--set", "max_attempts=5");

        Assert.Equal(0, result.ExitCode);
        var governance = RunOutput.Single(output.Path).Summary.GetProperty("governance").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("gate.g2.max_attempts=5", governance);
        Assert.Contains("approver=approve-all", governance);
        Assert.Equal("max_attempts=5", governance[^1]);
    }

    [Fact]
    public async Task Run_RecordOnlyWithFaults_ResultLineSaysTheUnauthorizedActionsRanBecauseOfRecordOnly()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--faults", "--set", "gates=off", "--set", "authority=record_only");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        var count = run.Number("would_be_denied");
        Assert.True(count > 0, "the fault profile attempted no unauthorized action.");
        Assert.Contains($"unauthorized executed {count}  would be denied {count} (authority record_only: executed and counted)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadSetAfterAScenario_ErrorCountsOnlyTheUsersSets()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--scenario", "role_drift", "--set", "gatez=off");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --set #1 (gatez=off): NX0086", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameFaultsEnforced_DeniedAndNothingUnauthorizedExecuted()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--faults");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.True(run.Number("denied_actions") > 0);
        Assert.Equal(0, run.Number("would_be_denied"));
        Assert.Equal(0, run.Number("unauthorized_executed"));
        Assert.False(run.Summary.TryGetProperty("governance", out _));
        Assert.DoesNotContain("would be denied", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FaultsInjected_TheLiveViewShowsEveryRetriedModelCallTheAuditHolds()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunAsync("run", "--out", output.Path, "--faults");

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        var audited = File.ReadLines(run.AuditPath).Count(l => l.Contains("\"action\":\"model_call\"", StringComparison.Ordinal) && l.Contains("\"outcome\":\"retried\"", StringComparison.Ordinal));
        var shown = System.Text.RegularExpressions.Regex.Matches(result.Output, @"retried (\d+) model calls? after")
            .Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(audited > 0, "the fault profile retried no model call.");
        Assert.Equal(audited, shown);
    }

    [Fact]
    public async Task Run_ToolsGranted_SameWorkSameReleasesFewerPromptTokens()
    {
        using var output = new TempDirectory();
        await CliRunner.RunEngagementAsync(Path.Combine(output.Path, "all"));

        var result = await CliRunner.RunEngagementAsync(Path.Combine(output.Path, "granted"), "--set", "tools=granted");

        Assert.Equal(0, result.ExitCode);
        var all = RunOutput.Single(Path.Combine(output.Path, "all"));
        var granted = RunOutput.Single(Path.Combine(output.Path, "granted"));
        Assert.Equal(["tools=granted"], granted.Summary.GetProperty("governance").EnumerateArray().Select(e => e.GetString()));
        // Only the tool definitions sent differ: the same turns, calls, verdicts and releases.
        foreach (var figure in new[] { "llm_calls", "turns", "gate_attempts", "releases", "escalations" })
        {
            Assert.Equal(all.Number(figure), granted.Number(figure));
        }

        Assert.True(granted.Number("prompt_tokens") < all.Number("prompt_tokens") * 0.9, $"prompt tokens: all {all.Number("prompt_tokens")}, granted {granted.Number("prompt_tokens")}");
    }

    [Fact]
    public async Task Run_BadOverlay_ExitsTwoNamingFileAndLineAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var overlay = Path.Combine(temp.Path, "variant.yaml");
        await File.WriteAllTextAsync(overlay, "gates: off\nmax_attempts: lots\n");
        var output = Path.Combine(temp.Path, "out");

        var result = await CliRunner.RunEngagementAsync(output, "--overlay", overlay);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{overlay}:2:", result.Output, StringComparison.Ordinal);
        Assert.Contains("NX0087", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
