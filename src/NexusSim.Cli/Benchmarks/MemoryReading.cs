using System.Diagnostics;

namespace NexusSim.Cli.Benchmarks;

/// <summary>The managed heap after a full, compacting collection, and the process's working set, in bytes.</summary>
internal sealed record MemoryReading(long ManagedBytes, long WorkingSetBytes)
{
    public static MemoryReading Take()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(managed, process.WorkingSet64);
    }
}
