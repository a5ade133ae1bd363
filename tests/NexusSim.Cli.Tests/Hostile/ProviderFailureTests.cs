using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Hostile;

/// <summary>
/// A dead or failing model endpoint (a local server or a refusing local port, never the network):
/// the run ends with status provider_failed and exit code 3, no stack trace, and the run folder
/// with what was done is written.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class ProviderFailureTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(502)]
    public async Task Run_ServerErrorStorm_EndsProviderFailedWithoutStackTrace(int status)
    {
        await using var server = new FailingModelServer(status);

        var result = await RunAgainst(server.Endpoint);

        AssertEndedCleanly(result);
        Assert.True(server.Requests > 0);
    }

    [Fact]
    public async Task Run_ConnectionRefused_EndsProviderFailedWithoutStackTrace()
    {
        var result = await RunAgainst(FailingModelServer.RefusingEndpoint());

        AssertEndedCleanly(result);
    }

    [Fact]
    public async Task Run_ProviderEchoesKeyInError_ConsoleShowsReasonWithKeyRedacted()
    {
        const string canary = "sk-canary-7f3a9c1e5b";
        await using var server = new FailingModelServer(500, $"{{\"error\":{{\"message\":\"outage for key {canary} (Bearer {canary})\"}}}}");

        var result = await RunAgainst(server.Endpoint, canary);

        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain(canary, result.Output, StringComparison.Ordinal);
        var line = Assert.Single(result.Output.Split('\n'), l => l.StartsWith("provider failed:", StringComparison.Ordinal));
        Assert.Contains("HTTP 500", line, StringComparison.Ordinal);
        Assert.Contains("outage for key [redacted]", line, StringComparison.Ordinal);
        var files = Directory.GetFiles(_temp.Combine("out"), "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("audit.jsonl", StringComparison.Ordinal));
        foreach (var file in files)
        {
            // run.db, audit.jsonl and transcript.jsonl included: each records the provider's error.
            Assert.False(File.ReadAllBytes(file).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(canary)) >= 0, $"{file} holds the key");
        }
    }

    [Fact]
    public async Task Run_ConnectionRefused_ConsoleShowsOneReasonLine()
    {
        var result = await RunAgainst(FailingModelServer.RefusingEndpoint());

        var line = Assert.Single(result.Output.Split('\n'), l => l.StartsWith("provider failed:", StringComparison.Ordinal));
        Assert.Contains("could not be reached", line, StringComparison.Ordinal);
    }

    private async Task<CliResult> RunAgainst(Uri endpoint, string key = "sk-test-not-a-real-key")
    {
        using var environment = new EnvironmentScope(
            ("NEXUSSIM_API_KEY", key),
            ("NexusSim__Llm__Endpoint", endpoint.ToString()),
            ("NexusSim__Simulation__MaxRetries", "1"));
        return await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--provider", "openai");
    }

    private void AssertEndedCleanly(CliResult result)
    {
        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test-not-a-real-key", result.Output, StringComparison.Ordinal);
        var summary = Assert.Single(Directory.GetFiles(_temp.Combine("out"), "summary.json", SearchOption.AllDirectories));
        Assert.Contains("\"provider_failed\"", File.ReadAllText(summary), StringComparison.Ordinal);
    }
}
