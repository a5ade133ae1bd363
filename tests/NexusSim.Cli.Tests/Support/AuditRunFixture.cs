namespace NexusSim.Cli.Tests.Support;

/// <summary>One finished run of the five-agent firm; each test verifies (or tampers with) its own copy.</summary>
public sealed class AuditRunFixture : IAsyncLifetime
{
    private readonly TempDirectory _out = new();

    internal string RunDirectory { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var result = await CliRunner.RunEngagementAsync(_out.Path, "--manifest", Paths.FiveAgentFirm);
        Assert.Equal(0, result.ExitCode);
        RunDirectory = RunOutput.Single(_out.Path).Directory;
    }

    /// <summary>Copies the run into <paramref name="outDirectory"/> and returns the copy's directory.</summary>
    internal string CopyInto(string outDirectory)
    {
        var copy = Path.Combine(outDirectory, Path.GetFileName(RunDirectory));
        foreach (var file in Directory.GetFiles(RunDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RunDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public Task DisposeAsync()
    {
        _out.Dispose();
        return Task.CompletedTask;
    }
}
