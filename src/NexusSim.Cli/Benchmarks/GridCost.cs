using System.Diagnostics;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// What the throughput grid cost the process, read as differences around it: CPU time (all
/// threads), managed bytes allocated, gen0 and gen2 collections and the time the GC paused the
/// program. Unlike wall time, CPU time and allocations barely move when other processes share the
/// cores, so they compare runs measured under different load.
/// </summary>
internal sealed record GridCost(double CpuSeconds, long AllocatedBytes, int Gen0Collections, int Gen2Collections, double GcPauseSeconds)
{
    /// <summary>The process's counters now.</summary>
    public static GridCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new GridCost(process.TotalProcessorTime.TotalSeconds, GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalSeconds);
    }

    /// <summary>The cost between <paramref name="start"/> and this reading.</summary>
    public GridCost Since(GridCost start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return new GridCost(CpuSeconds - start.CpuSeconds, AllocatedBytes - start.AllocatedBytes, Gen0Collections - start.Gen0Collections, Gen2Collections - start.Gen2Collections, GcPauseSeconds - start.GcPauseSeconds);
    }
}
