using NexusSim.Core.Engagements;
using System.Diagnostics;
using System.Globalization;
using NexusSim.Cli.Rendering;
using NexusSim.Core.Approvals;
using NexusSim.Core.Protocols;
using NexusSim.Storage;

namespace NexusSim.Cli.Running;

/// <summary>
/// The benchmark behind `nexussim bench`: the default run's wall time (the first one in the process
/// pays host start, tokenizer and JIT), then engagements under the chaos fault profile until at
/// least the asked number of tool calls (the target: <see cref="BenchFigures.FuzzTarget"/>) were fuzzed, counting unauthorized
/// executions and checking that every denial is in the audit trail with its reason.
/// </summary>
internal sealed class Bench
{
    private readonly EngagementRunner _runner;
    private readonly RunInputs _inputs;

    public Bench(EngagementRunner runner, RunInputs inputs)
    {
        _runner = runner;
        _inputs = inputs;
    }

    /// <summary>The progress line after the warm runs (<paramref name="sorted"/>, their seconds in order): their median, or that none ran.</summary>
    internal static string WarmRunsLine(IReadOnlyList<double> sorted) =>
        sorted.Count == 0
            ? "warm runs: skipped (--warm-runs 0)"
            : string.Create(CultureInfo.InvariantCulture, $"warm runs: median {sorted[sorted.Count / 2]:0.000} s over {CountWords.Of(sorted.Count, "run")}");

    public async Task<BenchFigures> MeasureAsync(string scratch, int warmRuns, long fuzzCalls, Stopwatch sinceStart, Action<string> progress, CancellationToken cancellationToken)
    {
        var clean = Resolve(new RunRequest { OutDirectory = Path.Combine(scratch, "clean") });
        var first = await RunAsync(clean with { RunId = "cold" }, cancellationToken).ConfigureAwait(false);
        var cold = sinceStart.Elapsed.TotalSeconds;
        progress($"cold run (host start included): {cold:0.00} s, {first.Summary.LlmCalls} model calls");
        var warm = new List<double>();
        for (var i = 0; i < warmRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            await RunAsync(clean with { RunId = $"warm-{i}" }, cancellationToken).ConfigureAwait(false);
            warm.Add(clock.Elapsed.TotalSeconds);
        }

        warm.Sort();
        progress(WarmRunsLine(warm));

        var fuzzClock = Stopwatch.StartNew();
        long calls = 0, denied = 0, errors = 0, unauthorized = 0, audited = 0;
        var runs = 0;
        for (ulong seed = 1; calls < fuzzCalls; seed++)
        {
            var fuzz = Resolve(new RunRequest { OutDirectory = Path.Combine(scratch, "fuzz"), Seed = seed, Faults = true, BriefPath = null });
            var result = await RunAsync(fuzz, cancellationToken).ConfigureAwait(false);
            var entries = await AuditExporter.ReadAsync(Path.Combine(result.RunDirectory, AuditExporter.FileName), cancellationToken).ConfigureAwait(false);
            runs++;
            calls += result.Summary.ToolCalls;
            denied += result.Summary.DeniedActions;
            errors += result.Summary.ToolErrors;
            unauthorized += result.Summary.UnauthorizedExecuted;
            audited += entries.Count(e => e.Outcome == "denied" && !string.IsNullOrWhiteSpace(e.Reason));
            progress($"fuzz seed {seed}: {result.Summary.ToolCalls} tool calls, {result.Summary.DeniedActions} denied, {result.Summary.UnauthorizedExecuted} unauthorized executed");
        }

        return new BenchFigures(cold, warm.Count == 0 ? 0 : warm[warm.Count / 2], warm.Count, first.Summary.LlmCalls,
            runs, calls, denied, errors, unauthorized, audited, fuzzClock.Elapsed.TotalSeconds);
    }

    private ResolvedRun Resolve(RunRequest request)
    {
        var (run, _, problems) = _inputs.Resolve(request);
        return run ?? throw new InvalidOperationException("The benchmark's run inputs are invalid: " + string.Join(" ", problems));
    }

    private Task<EngagementResult> RunAsync(ResolvedRun run, CancellationToken cancellationToken) =>
        _runner.RunAsync(run, PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed), NullEngagementObserver.Instance, cancellationToken);
}
