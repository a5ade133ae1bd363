using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests;

/// <summary>The Board's approval policies, audit tampering through the CLI, and interruption.</summary>
public sealed class RunApprovalAndAuditTests : IDisposable
{
    private readonly string _out = Paths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task Run_RejectAll_NothingReleased()
    {
        var (exit, _) = await RunOutputs.RunAsync("run", "--manifest", Paths.FiveAgentFirm, "--approver", "reject-all", "--out", _out, "--quiet");

        var summary = RunOutputs.Summary(RunOutputs.SingleRun(_out));
        Assert.Equal(0, exit);
        Assert.Equal(0, summary.GetProperty("releases").GetInt64());
        Assert.Equal(0, summary.GetProperty("approvals").GetInt64());
        Assert.True(summary.GetProperty("rejections").GetInt64() > 0);
        Assert.Equal("incomplete", summary.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AuditVerify_EditedLine_ExitsOneNamingTheEntry()
    {
        await RunOutputs.RunAsync("run", "--manifest", Paths.FiveAgentFirm, "--out", _out, "--quiet");
        var run = RunOutputs.SingleRun(_out);
        var path = Path.Combine(run, "audit.jsonl");
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace("\"reason\":\"", "\"reason\":\"forged ", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var (exit, output) = await RunOutputs.RunAsync("audit", "verify", run);

        Assert.Equal(1, exit);
        Assert.Contains("#3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_DeletedLine_ExitsOne()
    {
        await RunOutputs.RunAsync("run", "--manifest", Paths.FiveAgentFirm, "--out", _out, "--quiet");
        var run = RunOutputs.SingleRun(_out);
        var path = Path.Combine(run, "audit.jsonl");
        var lines = File.ReadAllLines(path).ToList();
        lines.RemoveAt(4);
        File.WriteAllLines(path, lines);

        var (exit, _) = await RunOutputs.RunAsync("audit", "verify", run);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task AuditVerify_UnknownRun_ExitsTwo()
    {
        var (exit, output) = await RunOutputs.RunAsync("audit", "verify", "no-such-run", "--out", _out);

        Assert.Equal(2, exit);
        Assert.Contains("no-such-run", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Cancelled_ExitsInterrupted()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["run", "--out", _out, "--quiet"], console.Console, cancel.Token);

        Assert.Equal(130, exit);
    }
}
