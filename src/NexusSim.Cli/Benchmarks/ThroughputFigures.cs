namespace NexusSim.Cli.Benchmarks;

/// <summary>What the throughput benchmark measured.</summary>
internal sealed record ThroughputFigures(
    int Protocols,
    int Seeds,
    int GridEngagements,
    int Parallelism,
    double GridSeconds,
    long PeakWorkingSetBytes,
    int SmallCheckpoint,
    MemoryReading AtSmall,
    int LargeCheckpoint,
    MemoryReading AtLarge,
    int TotalEngagements,
    int NotCompleted)
{
    /// <summary>Issue 10's target for 5 protocols × 200 seeds on 2 cores.</summary>
    public const double TargetSeconds = 30;

    /// <summary>The engagements that target is for.</summary>
    public const int TargetEngagements = 1000;

    /// <summary>Issue 10's target: the managed heap after the large checkpoint within this share of the small one.</summary>
    public const double TargetGrowthPercent = 15;

    /// <summary>What the grid cost the process (CPU, allocations, collections); read before any memory checkpoint's forced collection.</summary>
    public GridCost Cost { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary>CPU milliseconds per engagement of the grid, all threads.</summary>
    public double CpuMillisecondsPerEngagement => GridEngagements == 0 ? 0 : 1000 * Cost.CpuSeconds / GridEngagements;

    /// <summary>The share of <see cref="Parallelism"/> cores the grid kept busy (1 = every worker always on a core).</summary>
    public double CoreUse => GridSeconds <= 0 ? 0 : Cost.CpuSeconds / (GridSeconds * Math.Max(1, Parallelism));

    public double EngagementsPerSecond => GridSeconds <= 0 ? 0 : GridEngagements / GridSeconds;

    public double ManagedGrowthPercent => AtSmall.ManagedBytes == 0 ? 0 : 100.0 * (AtLarge.ManagedBytes - AtSmall.ManagedBytes) / AtSmall.ManagedBytes;

    /// <summary>The target as a rate (1,000 engagements in under 30 s), so a scaled-down run is judged fairly.</summary>
    public bool TimeTargetMet => EngagementsPerSecond > TargetEngagements / TargetSeconds;

    public bool MemoryTargetMet => ManagedGrowthPercent <= TargetGrowthPercent;
}
