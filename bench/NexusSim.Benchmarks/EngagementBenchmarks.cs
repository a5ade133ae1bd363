using BenchmarkDotNet.Attributes;
using NexusSim.Cli.Benchmarks;

namespace NexusSim.Benchmarks;

/// <summary>One engagement of the default brief through the whole pipeline, journaled in memory (no file written).</summary>
[MemoryDiagnoser]
public class EngagementBenchmarks
{
    [GlobalSetup]
    public void Setup() => _ = BenchFixture.Outcome;

    [Benchmark]
    public async Task<long> OneEngagementInMemory()
    {
        InMemoryOutcome outcome = await BenchFixture.Engagement.RunAsync(BenchFixture.Run, null, CancellationToken.None);
        return outcome.LlmCalls;
    }
}
