using BenchmarkDotNet.Attributes;
using NexusSim.Agents.Metering;

namespace NexusSim.Benchmarks;

/// <summary>o200k token counting of an agent's identity text: tokenized each time, and from the cache of repeated prompt parts.</summary>
[MemoryDiagnoser]
public class TokenCountingBenchmarks
{
    private string _identity = string.Empty;
    private TokenCountCache _cache = new();

    [GlobalSetup]
    public void Setup()
    {
        _identity = BenchFixture.Run.Manifest.Actors.Select(a => a.IdentityText ?? string.Empty).MaxBy(t => t.Length)!;
        _cache = new TokenCountCache();
        _cache.Count(_identity);
    }

    [Benchmark(Baseline = true)]
    public int Tokenize() => TokenCounter.Count(_identity);

    [Benchmark]
    public int Cached() => _cache.Count(_identity);
}
