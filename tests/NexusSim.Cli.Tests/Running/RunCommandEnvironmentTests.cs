using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

[Collection(ProcessStateCollection.Name)]
public sealed class RunCommandEnvironmentTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_OpenAiProviderWithoutApiKey_ExitsTwoNamingTheVariable()
    {
        using var environment = new EnvironmentScope(("NEXUSSIM_API_KEY", null));
        var output = _temp.Combine("out");

        var result = await CliRunner.RunEngagementAsync(output, "--provider", "openai");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--provider openai", result.Output, StringComparison.Ordinal);
        Assert.Contains("NEXUSSIM_API_KEY", result.Output, StringComparison.Ordinal);
        Assert.Empty(_temp.Entries());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public async Task Verb_ManifestPathSettingNamesNothing_ExitsTwoNamingTheSettingAndTheResolvedPath(string verb)
    {
        using var environment = new EnvironmentScope(("NexusSim__Manifest__Path", "nothere"));
        var output = _temp.Combine("out");

        var result = verb == "run" ? await CliRunner.RunEngagementAsync(output) : await CliRunner.RunAsync("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("setting NexusSim:Manifest:Path (environment variable NexusSim__Manifest__Path", result.Output, StringComparison.Ordinal);
        Assert.Contains($"is 'nothere', which resolves to '{Path.GetFullPath("nothere", NexusSim.Cli.Hosting.FirmHome.Directory)}'", result.Output, StringComparison.Ordinal);
        Assert.Empty(_temp.Entries());
    }
}
