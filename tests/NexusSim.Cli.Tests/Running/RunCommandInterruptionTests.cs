using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

public sealed class RunCommandInterruptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_TokenCancelledBeforeStart_ExitsInterruptedWritingNothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var result = await CliRunner.RunAsync(new TestConsole(), ["run", "--out", Out, "--quiet", "--manifest", Paths.FiveAgentFirm], cancellation.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("Interrupted", result.Output, StringComparison.Ordinal);
        Assert.Empty(_temp.Entries());
    }

    [Fact]
    public async Task Run_CancelledMidRun_ExitsInterruptedWithInterruptedSummary()
    {
        // The console approver's first key press cancels the run: the run is mid-way, deterministically.
        using var cancellation = new CancellationTokenSource();
        var input = new ScriptedInput { OnRead = cancellation.Cancel };
        for (var i = 0; i < 2; i++)
        {
            input.Key(ConsoleKey.Enter).Line("fine");
        }

        var result = await CliRunner.RunAsync(new TestConsole(input), ["run", "--out", Out, "--quiet", "--manifest", Paths.FiveAgentFirm, "--approver", "console"], cancellation.Token);

        Assert.Equal(130, result.ExitCode);
        var run = RunOutput.Single(Out);
        Assert.Equal("interrupted", run.Text("status"));
        Assert.Equal(0, run.Number("releases"));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(Out), e => e.EndsWith(".partial", StringComparison.Ordinal));
    }
}
