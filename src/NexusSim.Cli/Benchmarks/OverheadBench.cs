using NexusSim.Core.Engagements;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using NexusSim.Agents.Stub;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// overhead_us_per_call: the default engagement through the whole pipeline in memory, against
/// replaying exactly the requests that engagement sent straight into a fresh stub in a plain loop,
/// same process, after warm-up (by default until the JIT has settled, see <see cref="JitWarmUp"/>).
/// The difference per model call is what orchestration costs: the stub's own cost is in both and
/// cancels out. Medians over the timed rounds, pipeline and replay interleaved so that load from
/// other processes falls on both.
/// </summary>
internal sealed class OverheadBench
{
    private readonly InMemoryEngagement _engagement;
    private readonly ChatClientFactory _chatClients;

    public OverheadBench(InMemoryEngagement engagement, ChatClientFactory chatClients)
    {
        _engagement = engagement ?? throw new ArgumentNullException(nameof(engagement));
        _chatClients = chatClients ?? throw new ArgumentNullException(nameof(chatClients));
    }

    /// <summary>
    /// Measures <paramref name="run"/>: <paramref name="warmUps"/> warm-up rounds, or when null as many
    /// as the JIT takes to settle (at most <see cref="JitWarmUp.DefaultMaximum"/>), then
    /// <paramref name="rounds"/> timed rounds.
    /// </summary>
    public async Task<OverheadFigures> MeasureAsync(ResolvedRun run, int? warmUps, int rounds, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(run);
        var requests = await RecordAsync(run, cancellationToken).ConfigureAwait(false);
        var copier = new ReplayCopier(requests, await RecordAsync(run, cancellationToken).ConfigureAwait(false));

        var tier = run.Manifest.Actors.Select(a => a.Tier).First(t => t is not null)!;
        var warmUp = await JitWarmUp.OfProcess().RunAsync(
            async () =>
            {
                await _engagement.RunAsync(run, null, cancellationToken).ConfigureAwait(false);
                await ReplayAsync(run, tier, copier.Round(requests), cancellationToken).ConfigureAwait(false);
            },
            warmUps ?? 0,
            warmUps ?? JitWarmUp.DefaultMaximum,
            done =>
            {
                if (done % 50 == 0)
                {
                    progress($"overhead: {done} warm-up rounds, the JIT still compiling");
                }
            }).ConfigureAwait(false);
        progress(warmUp.Settled
            ? $"overhead: the JIT settled after {Core.Engagements.CountWords.Of(warmUp.Rounds, "warm-up round")}"
            : $"overhead: the JIT was still compiling after {Core.Engagements.CountWords.Of(warmUp.Rounds, "warm-up round")}; the figures include its work");

        var pipeline = new List<double>(rounds);
        var replay = new List<double>(rounds);
        var pairedCpu = new List<double>(rounds);
        var pairedBytes = new List<double>(rounds);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Math.Max(1, rounds); i++)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = CpuMicroseconds(process);
            var clock = Stopwatch.StartNew();
            await _engagement.RunAsync(run, null, cancellationToken).ConfigureAwait(false);
            pipeline.Add(clock.Elapsed.TotalMicroseconds);
            var pipelineCpu = CpuMicroseconds(process) - cpu;
            var pipelineBytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            // Copied before the clocks restart: the copying is the benchmark's, not the stub's.
            var fresh = copier.Round(requests);
            bytes = GC.GetTotalAllocatedBytes(precise: true);
            cpu = CpuMicroseconds(process);
            clock.Restart();
            await ReplayAsync(run, tier, fresh, cancellationToken).ConfigureAwait(false);
            replay.Add(clock.Elapsed.TotalMicroseconds);
            pairedCpu.Add(pipelineCpu - (CpuMicroseconds(process) - cpu));
            pairedBytes.Add(pipelineBytes - (GC.GetTotalAllocatedBytes(precise: true) - bytes));
        }

        var paired = pipeline.Select((p, i) => p - replay[i]).ToList();
        return new OverheadFigures(requests.Count, OverheadFigures.Median(pipeline), OverheadFigures.Median(replay), pipeline.Count, OverheadFigures.Median(paired))
        {
            WarmUps = warmUp.Rounds,
            JitSettled = warmUp.Settled,
            PairedCpuDifferenceMicroseconds = OverheadFigures.Median(pairedCpu),
            PairedAllocatedBytes = OverheadFigures.Median(pairedBytes),
        };
    }

    // CPU time of every thread of the process (the GC's and the JIT's included).
    private static double CpuMicroseconds(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalMicroseconds;
    }

    // The requests one engagement sends, recorded under the pipeline.
    private async Task<List<RecordedRequest>> RecordAsync(ResolvedRun run, CancellationToken cancellationToken)
    {
        var requests = new List<RecordedRequest>();
        var gate = new Lock();
        var recorded = await _engagement.RunAsync(run, model => new RecordingChatClient(model, requests, gate), cancellationToken).ConfigureAwait(false);
        if (recorded.LlmCalls != requests.Count)
        {
            throw new InvalidOperationException($"The pipeline made {recorded.LlmCalls} model calls but {requests.Count} requests were recorded.");
        }

        return requests;
    }

    // The plain loop: a fresh stub made the way the pipeline makes it, sent the same requests in order.
    private async Task ReplayAsync(ResolvedRun run, string tier, IReadOnlyList<RecordedRequest> requests, CancellationToken cancellationToken)
    {
        var library = _engagement.Shared.Libraries.Library(run.Manifest.Directory);
        IChatClient model = _chatClients.Create(run, library, new DefectLedger(), _engagement.Shared.TokenCounts)(tier);
        foreach (var request in requests)
        {
            await model.GetResponseAsync(request.Messages, request.Options, cancellationToken).ConfigureAwait(false);
        }
    }
}
