using NexusSim.Cli.Benchmarks;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Benchmarks;

/// <summary>The benchmark's in-memory engagement composes its turns as `run` does, context scope included.</summary>
public sealed class InMemoryEngagementContextScopeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunAsync_WholeHistoryVariant_SendsTheHistoryAsTheWrittenRunDoes()
    {
        var history = await InMemoryAsync("context.scope=history");
        var scoped = await InMemoryAsync();
        var written = await CliRunner.RunEngagementAsync(_temp.Combine("written"), "--set", "context.scope=history");
        Assert.Equal(0, written.ExitCode);

        Assert.True(history.PromptTokens > scoped.PromptTokens, $"history {history.PromptTokens}, scoped {scoped.PromptTokens}");
        Assert.Equal(RunOutput.Single(_temp.Combine("written")).Number("prompt_tokens"), history.PromptTokens);
        Assert.Equal(RunOutput.Single(_temp.Combine("written")).Number("llm_calls"), history.LlmCalls);
    }

    private async Task<InMemoryOutcome> InMemoryAsync(params string[] sets)
    {
        var (run, engagement) = InMemoryEngagement.ForRun(new RunRequest { OutDirectory = _temp.Combine("memory"), Sets = sets });
        return await engagement.RunAsync(run, null, CancellationToken.None);
    }
}
