using NexusSim.Cli.Approvals;
using NexusSim.Cli.Running;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Runs an experiment in this process: resolves every cell's inputs first (nothing runs when one is
/// bad), runs the cells without a record on up to <c>parallelism</c> engagements at a time, keeps a
/// record per finished run (so a resumed experiment does not redo it), and returns the rows in the
/// plan's order, so the results do not depend on the parallelism.
/// </summary>
internal sealed class ExperimentRunner
{
    /// <summary>The folder under the experiment folder where runs are written (each removed after its record unless kept).</summary>
    public const string RunsFolder = "runs";

    private static readonly Spectre.Console.IAnsiConsole SilentConsole =
        Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) });

    private readonly EngagementRunner _runner;
    private readonly RunInputs _inputs;
    private readonly IVariantApplier _variants;
    private int _started;

    public ExperimentRunner(EngagementRunner runner, RunInputs inputs, IVariantApplier variants)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        _variants = variants ?? throw new ArgumentNullException(nameof(variants));
    }

    /// <summary>How many runs this runner has started (finished or not); resumed runs are not counted.</summary>
    public int Started => _started;

    /// <summary>
    /// Every cell's resolved run, or the problems (each naming its cell) when any input is bad. The
    /// inputs of a group (every axis but the seed) are read and checked once; each seed then gets the
    /// run id <see cref="RunInputs.DeriveRunId"/> gives it, as `run --seed` would.
    /// </summary>
    public (IReadOnlyList<(ExperimentCell Cell, ResolvedRun Run)> Runs, IReadOnlyList<string> Problems) Resolve(IReadOnlyList<ExperimentCell> cells, string experimentDirectory)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var runs = new List<(ExperimentCell, ResolvedRun)>();
        var problems = new List<(string Problem, ExperimentCell Cell)>();
        foreach (var group in cells.GroupBy(c => c.Group))
        {
            var first = group.First();
            var request = _variants.Apply(first.Variant, new RunRequest
            {
                BriefPath = first.Brief,
                ManifestPath = first.Firm,
                Seed = first.Seed,
                Protocol = first.Protocol,
                OutDirectory = Path.Combine(experimentDirectory, RunsFolder),
                Scenarios = first.Scenario == ExperimentCell.NoScenario ? [] : [first.Scenario],
                Quiet = true,
            });
            var (run, manifest, found) = _inputs.Resolve(request);
            if (run is null || found.Count > 0)
            {
                // The manifest's own errors first, then the line summing them up, in the order run and validate print them.
                problems.AddRange(manifest?.Errors.Select(e => (e.ToString(), first)) ?? []);
                problems.AddRange(found.Select(p => (p, first)));
                continue;
            }

            if (run.Approver == RunInputs.ConsoleApproverName)
            {
                problems.Add(($"an experiment cannot ask for approvals at the console; set NexusSim:Simulation:Approver or the variant's approver= to a policy ({string.Join(", ", Core.Approvals.PolicyApprover.Names)}) or file:PATH.", first));
                continue;
            }

            runs.AddRange(group.Select(cell => (cell, run with
            {
                Seed = cell.Seed,
                RunId = RunInputs.DeriveRunId(run.Manifest, run.Brief, run.ServiceLine, cell.Seed, run.Protocol, run.Approver, run.Provider, run.Faults, run.Settings),
            })));
        }

        // A problem of the firm or the variant is the same in every protocol's cell: said once, with how many cells it stops.
        return (runs, [.. problems.GroupBy(p => p.Problem, StringComparer.Ordinal).Select(g => g.Count() == 1
            ? $"In {g.First().Cell.Described}: {g.Key}"
            : $"In {g.Count()} cells ({g.First().Cell.Described}, and {g.Count() - 1} more): {g.Key}")]);
    }

    /// <summary>
    /// Runs every run that has no record yet and returns one row per cell in the cells' order. Returns
    /// null when cancelled: the finished runs keep their records and the next start resumes.
    /// </summary>
    public async Task<IReadOnlyList<ExperimentRow>?> RunAsync(IReadOnlyList<(ExperimentCell Cell, ResolvedRun Run)> runs, string experimentDirectory, int parallelism, bool keepRuns, Action<ExperimentProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(progress);
        var records = new ExperimentRecords(experimentDirectory);
        var distinct = runs.Select(r => r.Run).DistinctBy(r => r.RunId).ToList();
        var labels = new CellLabels(runs.Select(r => r.Cell));
        var cellOf = runs.GroupBy(r => r.Run.RunId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => ExperimentProgressView.Describe(labels, g.First().Cell), StringComparer.Ordinal);
        var pending = distinct.Where(r => records.Find(r.RunId) is null).ToList();
        var done = distinct.Count - pending.Count;
        progress(new ExperimentProgress(done, distinct.Count, done, null));
        var finished = done;
        try
        {
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, async (run, token) =>
            {
                if (await RunOneAsync(run, keepRuns, token).ConfigureAwait(false) is { } record)
                {
                    records.Save(record);
                    progress(new ExperimentProgress(Interlocked.Increment(ref finished), distinct.Count, done, record, cellOf[run.RunId]));
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        return [.. runs.Select(r => new ExperimentRow(r.Cell, records.Find(r.Run.RunId) ?? throw new InvalidOperationException($"The record of {r.Run.RunId} is missing after its run.")))];
    }

    // Null when the run was interrupted: it has no record and is run again on the next start.
    private async Task<ExperimentRecord?> RunOneAsync(ResolvedRun run, bool keepRuns, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _started);
        // Console approvals were refused when the cells were resolved; policies and decision files need no console.
        var approver = ApproverSource.Create(run.Approver, SilentConsole, TextReader.Null);
        // A run whose directory is not kept runs in memory: the same engagement and the same figures and
        // audit head, without writing a run directory (journal, transcript, documents, seal) to delete.
        var summary = keepRuns
            ? (await Task.Run(() => _runner.RunAsync(run, approver, NullEngagementObserver.Instance, cancellationToken), CancellationToken.None).ConfigureAwait(false)).Summary
            : await Task.Run(() => _runner.RunInMemoryAsync(run, approver, cancellationToken), CancellationToken.None).ConfigureAwait(false);
        if (summary.Status == RunStatus.Interrupted)
        {
            return null;
        }

        return new ExperimentRecord { RunId = run.RunId, Status = summary.Status, AuditHead = summary.AuditHead, Metrics = ExperimentMetrics.From(summary) };
    }
}
