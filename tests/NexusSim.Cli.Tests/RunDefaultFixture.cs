using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests;

/// <summary>The default engagement run twice into two output directories, and the five-agent firm once.</summary>
public sealed class RunDefaultFixture : IAsyncLifetime
{
    public string FirstOut { get; } = Paths.NewTempDirectory();

    public string SecondOut { get; } = Paths.NewTempDirectory();

    public string FiveOut { get; } = Paths.NewTempDirectory();

    public int FirstExit { get; private set; }

    public int SecondExit { get; private set; }

    public int FiveExit { get; private set; }

    public string FirstOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        (FirstExit, FirstOutput) = await RunOutputs.RunAsync("run", "--out", FirstOut);
        (SecondExit, _) = await RunOutputs.RunAsync("run", "--out", SecondOut, "--quiet");
        (FiveExit, _) = await RunOutputs.RunAsync("run", "--manifest", Paths.FiveAgentFirm, "--out", FiveOut, "--quiet");
    }

    public Task DisposeAsync()
    {
        foreach (var dir in new[] { FirstOut, SecondOut, FiveOut })
        {
            Directory.Delete(dir, recursive: true);
        }

        return Task.CompletedTask;
    }
}
