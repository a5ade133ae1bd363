using System.Diagnostics;
using System.Globalization;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// Experiment throughput: every protocol × seeds 1..N of the default brief, in memory across the
/// cores, no run folder kept; wall time and peak working set. The same loop continues (cycling the
/// grid) to the memory checkpoints: after a tenth of the engagements and after all of them, the
/// managed heap after a full collection and the working set. The clock stops while memory is read.
/// </summary>
internal sealed class ThroughputBench
{
    private readonly InMemoryEngagement _engagement;

    public ThroughputBench(InMemoryEngagement engagement) =>
        _engagement = engagement ?? throw new ArgumentNullException(nameof(engagement));

    /// <param name="runs">The default run of each protocol (its seed is replaced).</param>
    /// <param name="seeds">Seeds 1..seeds of each protocol make the timed grid.</param>
    /// <param name="engagements">The engagements after which memory is read (and a tenth of it).</param>
    /// <param name="parallelism">Engagements run at once.</param>
    /// <param name="cancellationToken">Stops the loop.</param>
    public async Task<ThroughputFigures> MeasureAsync(IReadOnlyList<ResolvedRun> runs, int seeds, int engagements, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var grid = runs.Count * Math.Max(1, seeds);
        var small = Math.Max(1, engagements / 10);
        var large = Math.Max(small, engagements);
        var total = Math.Max(grid, large);
        var stops = new SortedSet<int> { grid, small, large };
        var clock = new Stopwatch();
        var gridSeconds = 0.0;
        MemoryReading? atSmall = null, atLarge = null;
        var done = 0;
        var incomplete = 0;
        var costStart = GridCost.Now();
        GridCost? gridCost = null;
        foreach (var stop in stops)
        {
            var from = done;
            clock.Start();
            await Parallel.ForAsync(from, stop, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, async (i, token) =>
            {
                var template = runs[i % runs.Count];
                var seed = (ulong)(i / runs.Count % Math.Max(1, seeds)) + 1;
                var run = template with { Seed = seed, RunId = string.Create(CultureInfo.InvariantCulture, $"bench-{template.Protocol}-{seed}") };
                var outcome = await _engagement.RunAsync(run, null, token).ConfigureAwait(false);
                if (outcome.Status != RunStatus.Completed)
                {
                    Interlocked.Increment(ref incomplete);
                }
            }).ConfigureAwait(false);
            clock.Stop();
            done = stop;
            if (done == grid)
            {
                gridSeconds = clock.Elapsed.TotalSeconds;
                gridCost = GridCost.Now().Since(costStart);
            }

            if (done == small)
            {
                atSmall = MemoryReading.Take();
            }

            if (done == large)
            {
                atLarge = MemoryReading.Take();
            }
        }

        using var process = Process.GetCurrentProcess();
        return new ThroughputFigures(runs.Count, seeds, grid, parallelism, gridSeconds, process.PeakWorkingSet64, small, atSmall!, large, atLarge!, total, incomplete) { Cost = gridCost! };
    }
}
