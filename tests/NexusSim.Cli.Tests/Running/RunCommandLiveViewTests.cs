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
