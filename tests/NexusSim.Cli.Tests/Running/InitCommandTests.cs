using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`nexussim init DIR` copies the firm out, and a folder's copy is what nexussim reads there.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class InitCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Init_NewFolder_CopiesEveryFirmFile()
    {
        var target = _temp.Combine("my-firm");

        var result = await CliRunner.RunAsync("init", target);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "appsettings.json")));
        foreach (var folder in new[] { "agents", "prompts", "briefs", "samples" })
        {
            var shipped = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*", SearchOption.AllDirectories).Length;
            Assert.Equal(shipped, Directory.GetFiles(Path.Combine(target, folder), "*", SearchOption.AllDirectories).Length);
        }
    }

    [Fact]
    public async Task Init_FromAClone_ShowsTheDotnetRunCommandThatWorksBeforeInstallingAndTheToolsOwn()
    {
        var target = _temp.Combine("my-firm");
        var project = Path.GetFullPath(Path.Combine(Paths.RepositoryRoot, "src", "NexusSim.Cli", "NexusSim.Cli.csproj"));

        var result = await CliRunner.RunAsync("init", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"cd {target} && dotnet run --project {project} -- run", result.Output, StringComparison.Ordinal);
        Assert.Contains($"cd {target} && nexussim run", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_FolderAlreadyHoldingTheFirm_ExitsTwoAndOverwritesNothing()
    {
        var target = _temp.Combine("my-firm");
        Directory.CreateDirectory(Path.Combine(target, "agents"));
        await File.WriteAllTextAsync(Path.Combine(target, "appsettings.json"), "{ \"mine\": true }");

        var result = await CliRunner.RunAsync("init", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already holds appsettings.json, agents; nothing was copied", result.Output, StringComparison.Ordinal);
        Assert.Equal("{ \"mine\": true }", await File.ReadAllTextAsync(Path.Combine(target, "appsettings.json")));
        Assert.False(Directory.Exists(Path.Combine(target, "prompts")));
    }

    [Fact]
    public async Task Validate_FromAFolderWithAnEditedCopy_ReadsThatCopy()
    {
        var target = _temp.Combine("my-firm");
        await CliRunner.RunAsync("init", target);
        var manifest = Path.Combine(target, "agents", "manifest.yaml");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("name: Nexus AI Consulting", "name: Copied Firm Ltd", StringComparison.Ordinal));
        var previous = Environment.CurrentDirectory;

        CliResult result;
        try
        {
            Environment.CurrentDirectory = target;
            result = await CliRunner.RunAsync("validate");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Copied Firm Ltd", result.Output, StringComparison.Ordinal);
    }
}
