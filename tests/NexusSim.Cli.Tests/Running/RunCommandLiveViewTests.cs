using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Without --quiet, a run shows each turn, the gate verdicts and the result.</summary>
public sealed class RunCommandLiveViewTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_NotQuiet_ShowsTurnsVerdictsAndTheResult()
    {
        var result = await CliRunner.RunAsync("run", "--manifest", Paths.FiveAgentFirm, "--out", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("✓ accept_engagement", result.Output, StringComparison.Ordinal);
        Assert.Contains("gate ", result.Output, StringComparison.Ordinal);
        Assert.Contains("status ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Outputs in", result.Output, StringComparison.Ordinal);
        Assert.Contains("deliverables/ (.md, .docx)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithEscalations_TheOutputsLineNamesEveryFileAndFolderTheRunFolderHolds()
    {
        // One attempt a gate: every needs-work verdict escalates, so the run has an escalations/ folder beside its ground truth.
        var result = await CliRunner.RunAsync("run", "--out", _temp.Path, "--set", "max_attempts=1");

        Assert.Equal(0, result.ExitCode);
        var outputs = result.Output.Split('\n').Single(l => l.StartsWith("Outputs in ", StringComparison.Ordinal));
        var named = System.Text.RegularExpressions.Regex.Replace(outputs[(outputs.IndexOf(": ", StringComparison.Ordinal) + 2)..], @" \([^)]*\)", string.Empty);
        var listed = named.Trim().Split(", ").ToList();
        var run = RunOutput.Single(_temp.Path).Directory;
        // The signed checkpoint goes with audit.jsonl (docs/audit.md); everything else a user opens is named.
        var held = Directory.GetDirectories(run).Select(d => Path.GetFileName(d) + "/")
            .Concat(Directory.GetFiles(run).Select(f => Path.GetFileName(f)).Where(f => f != "audit.checkpoint.json"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains("escalations/", held);
        Assert.Contains("ground-truth.json", held);
        Assert.Equal(held, listed.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Run_WithAScenarioAndASetting_TheHeaderSaysWhatChanged()
    {
        var result = await CliRunner.RunAsync("run", "--out", _temp.Path, "--quiet", "--scenario", "role_drift", "--set", "gates=off");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        Assert.StartsWith("run ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("governance ", lines[2], StringComparison.Ordinal);
        Assert.Contains("gates=off", lines[2], StringComparison.Ordinal);
        Assert.Contains("stub.unauthorized_attempt=", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Quiet_OneBlankLineBetweenTheHeaderAndTheTable()
    {
        var result = await CliRunner.RunAsync("run", "--manifest", Paths.FiveAgentFirm, "--out", _temp.Path, "--quiet");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var table = Array.FindIndex(lines, l => l.StartsWith('╭'));
        Assert.Equal(3, table); // firm line, run line, one blank line
        Assert.Equal(string.Empty, lines[2].Trim());
    }
}
