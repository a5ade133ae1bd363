using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NexusSim.Cli.Benchmarks;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Running;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim bench`: prints the speed and safety figures the targets are checked against, one name=value line each.</summary>
internal static class BenchCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var defaults = new BenchSettings();
        var warm = new Option<int?>("--warm-runs") { Description = $"Default runs timed after the first (default {defaults.WarmRuns}; 0 skips them).", HelpName = "N" };
        var fuzz = new Option<long?>("--fuzz-calls") { Description = $"Tool calls to fuzz (default and target {defaults.FuzzCalls}; fewer misses the target).", HelpName = "N" };
        var rounds = new Option<int?>("--overhead-rounds") { Description = $"Timed rounds of the overhead figure (default {defaults.OverheadRounds}).", HelpName = "N" };
        var warmUps = new Option<int?>("--overhead-warm-ups") { Description = $"Warm-up rounds before them (default: until the JIT has compiled nothing for {JitWarmUp.QuietRounds} rounds in a row, at most {JitWarmUp.DefaultMaximum}).", HelpName = "N" };
        var seeds = new Option<int?>("--seeds") { Description = $"Seeds per protocol of the throughput figure (default {defaults.Seeds}).", HelpName = "N" };
        var engagements = new Option<int?>("--engagements") { Description = $"Engagements after which memory is read, and after a tenth of them (default {defaults.Engagements}).", HelpName = "N" };
        var parallelism = new Option<int?>("--parallelism") { Description = $"Engagements run at once in the throughput figure (default: the processor count, {defaults.Parallelism} here).", HelpName = "N" };
        var command = new Command("bench", $"Benchmark, printed as name=value lines: the default run's wall time (target < {BenchFigures.RunTargetSeconds} s, host start included), a fault-injection fuzz of at least {BenchFigures.FuzzTarget} tool calls (0 unauthorized executed, every denial audited), the pipeline's overhead per model call (target <= {OverheadFigures.TargetMicroseconds} µs; with what it allocates per call and the floor the tool-call path alone sets), every protocol × seeds in memory (target < {ThroughputFigures.TargetSeconds} s) and memory growth (target <= {ThroughputFigures.TargetGrowthPercent} %). Exit 0 when every target is met, 1 when one is missed.");
        command.Options.Add(warm);
        command.Options.Add(fuzz);
        command.Options.Add(rounds);
        command.Options.Add(warmUps);
        command.Options.Add(seeds);
        command.Options.Add(engagements);
        command.Options.Add(parallelism);
        AtLeast(warm, 0, "a number of runs (0 skips them)");
        AtLeast(fuzz, 1, "a number of tool calls");
        AtLeast(rounds, 1, "a number of rounds");
        AtLeast(warmUps, 0, "a number of warm-up rounds (leave the option out to warm up until the JIT settles)");
        AtLeast(seeds, 1, "a number of seeds");
        AtLeast(engagements, 1, "a number of engagements");
        AtLeast(parallelism, 1, "a number of engagements at once");
        command.SetAction((parse, ct) => RunAsync(console, new BenchSettings
        {
            WarmRuns = parse.GetValue(warm) ?? defaults.WarmRuns,
            FuzzCalls = parse.GetValue(fuzz) ?? defaults.FuzzCalls,
            OverheadWarmUps = parse.GetValue(warmUps),
            OverheadRounds = parse.GetValue(rounds) ?? defaults.OverheadRounds,
            Seeds = parse.GetValue(seeds) ?? defaults.Seeds,
            Engagements = parse.GetValue(engagements) ?? defaults.Engagements,
            Parallelism = parse.GetValue(parallelism) ?? defaults.Parallelism,
        }, ct));
        return command;
    }

    // A count below what the figure can use is bad input (exit 2 before anything is measured), not a bench that runs and misses its target.
    private static void AtLeast<T>(Option<T?> option, long minimum, string what)
        where T : struct =>
        option.Validators.Add(result =>
        {
            // Read from the token: a token that is not a number is the parser's error to report, and asking
            // for the value would throw instead.
            if (result.Tokens is [{ Value: var text }]
                && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                && value < minimum)
            {
                result.AddError($"{value.ToString(CultureInfo.InvariantCulture)} is not {what}; give {minimum} or more.");
            }
        });

    public static Task<int> RunAsync(IAnsiConsole console, BenchSettings settings, CancellationToken cancellationToken)
    {
        var sinceStart = Stopwatch.StartNew();
        return NexusHost.RunAsync(console, builder => builder.Services.AddEngagementWorker(), async (services, token) =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), $"nexussim-bench-{Environment.ProcessId}");
            try
            {
                var (run, overhead, throughput) = await new BenchSuite(services).MeasureAsync(settings, scratch, sinceStart, line => console.MarkupLineInterpolated($"[grey]{line}[/]"), token).ConfigureAwait(false);
                foreach (var line in BenchLines.Of(run, overhead, throughput))
                {
                    console.WriteLine(line);
                }

                var met = run.RunTargetMet && run.FuzzTargetMet && overhead.TargetMet && throughput.TimeTargetMet && throughput.MemoryTargetMet;
                return met ? ExitCodes.Ok : ExitCodes.Failed;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        }, cancellationToken);
    }
}
