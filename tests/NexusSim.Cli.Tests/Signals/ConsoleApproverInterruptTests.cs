using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Tests.Signals;

/// <summary>
/// Ctrl+C or SIGTERM while the terminal approver waits for a key nobody presses: the run stops at
/// once (exit 130, an interrupted run kept), it does not wait for the key. The blocked read is a
/// scripted terminal that never returns until the test lets it go; the wait only bounds a failure.
/// </summary>
public sealed class ConsoleApproverInterruptTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim _nobodyTypes = new(false);
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        _nobodyTypes.Set();
        _nobodyTypes.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task DecideAsync_CancelledWhileThePromptWaitsForAKey_ThrowsCancelledWithoutAKey()
    {
        using var cancellation = new CancellationTokenSource();
        var input = new ScriptedInput { HoldWhenEmpty = _nobodyTypes, OnRead = cancellation.Cancel };
        var version = new DeliverableVersion(1, new string('b', 64), "# Memo\n\nBody.", "author", "First draft.");
        var request = new ApprovalRequest("board", "memo", "Memo", version, [], true, "lead");

        var approver = new ConsoleApprover(new TestConsole(input).Console);
        // On the pool, so that an approver that blocks its caller fails the bound instead of hanging the test.
        var decide = Task.Run(() => approver.DecideAsync(request, cancellation.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => decide.WaitAsync(Bound));
        Assert.Equal(0, input.Read);
    }

    [Fact]
    public async Task Run_InterruptedWhileTheTerminalApproverWaits_ExitsInterruptedAndKeepsTheRun()
    {
        using var cancellation = new CancellationTokenSource();
        var input = new ScriptedInput { HoldWhenEmpty = _nobodyTypes, OnRead = cancellation.Cancel };
        var output = _temp.Combine("out");

        var result = await Task.Run(() => CliRunner.RunAsync(new TestConsole(input), ["run", "--out", output, "--quiet", "--manifest", Paths.FiveAgentFirm, "--approver", "console"], cancellation.Token)).WaitAsync(Bound);

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("interrupted", RunOutput.Single(output).Text("status"));
    }
}
