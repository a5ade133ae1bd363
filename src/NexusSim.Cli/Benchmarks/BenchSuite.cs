using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// Everything `nexussim bench` measures, in order: the default run cold and warm and the fault
/// fuzz (on disk, as `run` writes), then the pipeline's overhead per model call and the experiment
/// throughput and memory (in memory).
/// </summary>
internal sealed class BenchSuite
{
    private readonly IServiceProvider _services;

    public BenchSuite(IServiceProvider services) => _services = services ?? throw new ArgumentNullException(nameof(services));

    public async Task<(BenchFigures Run, OverheadFigures Overhead, ThroughputFigures Throughput)> MeasureAsync(
        BenchSettings settings, string scratch, Stopwatch sinceStart, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var inputs = RunInputs.From(_services);
        var bench = new Bench(_services.GetRequiredService<EngagementRunner>(), inputs);
        var run = await bench.MeasureAsync(scratch, Math.Max(0, settings.WarmRuns), Math.Max(0, settings.FuzzCalls), sinceStart, progress, cancellationToken).ConfigureAwait(false);

        var protocols = _services.GetRequiredService<ProtocolRegistry>();
        var chatClients = _services.GetRequiredService<ChatClientFactory>();
        var engagement = new InMemoryEngagement(chatClients, protocols, _services.GetRequiredService<IOptions<SimulationOptions>>().Value, _services.GetRequiredService<EngagementShared>(), _services.GetService<TimeProvider>() ?? TimeProvider.System);
        var memoryOut = Path.Combine(scratch, "in-memory");
        var defaultRun = Resolve(inputs, new RunRequest { OutDirectory = memoryOut });
        var overhead = await new OverheadBench(engagement, chatClients).MeasureAsync(defaultRun, settings.OverheadWarmUps is { } warmUps ? Math.Max(0, warmUps) : null, Math.Max(1, settings.OverheadRounds), progress, cancellationToken).ConfigureAwait(false);
        progress($"overhead: {overhead.MicrosecondsPerCall:0.0} µs per model call over {overhead.CallsPerEngagement} calls");
        var floor = await ToolCallFloor.MeasureAsync(Math.Max(1, settings.OverheadRounds), cancellationToken).ConfigureAwait(false);
        overhead = overhead with { FloorMicrosecondsPerCall = floor.MicrosecondsPerCall };
        progress($"overhead: the tool-call path alone adds {overhead.FloorMicrosecondsPerCall:0.0} µs per model call");

        var runs = protocols.Names.Select(name => Resolve(inputs, new RunRequest { OutDirectory = memoryOut, Protocol = name })).ToList();
        var throughput = await new ThroughputBench(engagement).MeasureAsync(runs, Math.Max(1, settings.Seeds), Math.Max(1, settings.Engagements), Math.Max(1, settings.Parallelism), cancellationToken).ConfigureAwait(false);
        progress($"throughput: {throughput.GridEngagements} engagements in {throughput.GridSeconds:0.0} s");
        return (run, overhead, throughput);
    }

    private static ResolvedRun Resolve(RunInputs inputs, RunRequest request)
    {
        var (run, _, problems) = inputs.Resolve(request);
        return run ?? throw new InvalidOperationException("The benchmark's run inputs are invalid: " + string.Join(" ", problems));
    }
}
