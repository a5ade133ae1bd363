using NexusSim.Cli.Rendering;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Every verb that reads a kept run says the same thing, on stderr, when the run is not there.</summary>
public sealed class UnknownRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("report")]
    [InlineData("audit", "verify")]
    [InlineData("runs", "show")]
    [InlineData("runs", "diff", "run-also-missing")]
    public async Task Verb_UnknownRun_OneErrorLineOnStderrExitTwo(params string[] verb)
    {
        var output = new TestConsole();
        var errors = new TestConsole();
        var outDirectory = _temp.Combine("out");
        Directory.CreateDirectory(outDirectory);
        string[] args = verb.Length > 2
            ? [verb[0], verb[1], "run-\u001b[31mmissing", verb[2], "--out", outDirectory]
            : [.. verb, "run-\u001b[31mmissing", "--out", outDirectory];

        var exit = await CliApplication.RunAsync(args, new CliConsole(output.Console, errors.Console), CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("error", output.Output, StringComparison.OrdinalIgnoreCase);
        var line = Assert.Single(errors.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: no run 'run-", line, StringComparison.Ordinal);
        Assert.Contains($"nor a run id under {Path.GetFullPath(outDirectory)}. 'nexussim runs list' shows the runs kept.", line, StringComparison.Ordinal);
        // The run name is the user's text: printed without its control characters.
        Assert.DoesNotContain("\u001b", line, StringComparison.Ordinal);
    }
}
