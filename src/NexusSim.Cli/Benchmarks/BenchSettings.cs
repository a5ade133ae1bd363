namespace NexusSim.Cli.Benchmarks;

/// <summary>How much `nexussim bench` does; the defaults are issue 10's figures, smaller values make quick runs.</summary>
internal sealed record BenchSettings
{
    public int WarmRuns { get; init; } = 5;

    public long FuzzCalls { get; init; } = Running.BenchFigures.FuzzTarget;

    /// <summary>Warm-up rounds of the overhead figure; null: until the JIT settles.</summary>
    public int? OverheadWarmUps { get; init; }

    public int OverheadRounds { get; init; } = 20;

    public int Seeds { get; init; } = 200;

    public int Engagements { get; init; } = 1000;

    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
