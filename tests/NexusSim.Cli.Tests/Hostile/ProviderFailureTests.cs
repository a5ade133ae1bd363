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

    [Fact]
    public async Task Run_ProviderDown_LiveViewMarksTheTurnWhereTheRunStopped()
    {
        const string canary = "sk-canary-2b8d4f6a1c";

        var result = await RunAgainstOutage(503, canary, "down for key", quiet: false);

        Assert.Equal(3, result.ExitCode);
        var lines = result.Output.Split('\n');
        var inline = Array.FindIndex(lines, l => l.Contains("model unreachable", StringComparison.Ordinal));
        Assert.True(inline >= 0, "The live view has no line for the failed turn:\n" + result.Output);
        // The first turn of the default firm's chain: the step and the agent whose model call failed.
        Assert.Matches(@"^\S+\s+\S+\s+model unreachable: ", lines[inline]);
        Assert.Contains("HTTP 503", lines[inline], StringComparison.Ordinal);
        Assert.Contains("down for key [redacted]", lines[inline], StringComparison.Ordinal);
        Assert.EndsWith("; the run stops here.", lines[inline].TrimEnd(), StringComparison.Ordinal);
        // In the flow of turns: before the results table and the final reason line.
        var status = Array.FindIndex(lines, l => l.StartsWith("status ", StringComparison.Ordinal));
        var final = Array.FindIndex(lines, l => l.StartsWith("provider failed:", StringComparison.Ordinal));
        Assert.True(status > inline && final > inline, result.Output);
        Assert.DoesNotContain(canary, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ProviderDown_AuditTrailSaysWhoseCallFailedAndWhyAndNothingClaimsADecline()
    {
        const string canary = "sk-canary-9e1f3b7d5a";

        var result = await RunAgainstOutage(500, canary, "outage for key");

        Assert.Equal(3, result.ExitCode);
        var audit = File.ReadAllLines(Assert.Single(Directory.GetFiles(_temp.Combine("out"), "audit.jsonl", SearchOption.AllDirectories)))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var failed = Assert.Single(audit, e => e.GetProperty("action").GetString() == "model_call" && e.GetProperty("outcome").GetString() == "failed");
        // The first turn is the intake agent's; the reason is the provider's, redacted.
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("actor").GetString()));
        Assert.NotEqual("system", failed.GetProperty("actor").GetString());
        Assert.Contains("HTTP 500", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("outage for key [redacted]", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        // MaxRetries is 1: the retried call is in the trail before the final failure.
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "model_call" && e.GetProperty("outcome").GetString() == "retried");
        // The trail's last entry, the seal, says how the run ended.
        Assert.StartsWith("End of run, status provider_failed: ", audit[^1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(_temp.Combine("out"), "summary.json", SearchOption.AllDirectories))));
        Assert.Equal("provider_failed", summary.RootElement.GetProperty("status").GetString());
        Assert.True(summary.RootElement.GetProperty("audit_entries").GetInt64() >= 2);
        // Nobody declined the engagement: the model could not be reached.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, summary.RootElement.GetProperty("declined_reason").ValueKind);
        Assert.DoesNotContain("Declined", result.Output, StringComparison.Ordinal);
    }

    // A provider answering every call with HTTP <status> and an error message that echoes the key after <message>.
    private async Task<CliResult> RunAgainstOutage(int status, string canary, string message, bool quiet = true)
    {
        await using var server = new FailingModelServer(status, $"{{\"error\":{{\"message\":\"{message} {canary}\"}}}}");
        return await RunAgainst(server.Endpoint, canary, quiet);
    }

    private async Task<CliResult> RunAgainst(Uri endpoint, string key = "sk-test-not-a-real-key", bool quiet = true)
    {
        using var environment = new EnvironmentScope(
            ("NEXUSSIM_API_KEY", key),
            ("NexusSim__Llm__Endpoint", endpoint.ToString()),
            ("NexusSim__Simulation__MaxRetries", "1"));
        return quiet
            ? await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--provider", "openai")
            : await CliRunner.RunAsync(["run", "--out", _temp.Combine("out"), "--provider", "openai"]);
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
