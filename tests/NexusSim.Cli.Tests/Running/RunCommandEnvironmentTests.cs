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
}
