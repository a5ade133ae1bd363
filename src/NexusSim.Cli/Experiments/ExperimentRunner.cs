using System.Text.Json;
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
    /// <summary>The folder under the experiment folder where runs are written (removed unless kept).</summary>
    public const string RunsFolder = "runs";

    private static readonly Spectre.Console.IAnsiConsole SilentConsole =
        Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) });

    private readonly EngagementRunner _runner;
    private readonly RunInputs _inputs;
    private readonly IVariantApplier _variants;

    public ExperimentRunner(EngagementRunner runner, RunInputs inputs, IVariantApplier variants)
    {
        _runner = runner;
        _inputs = inputs;
        _variants = variants;
    }

    /// <summary>Every cell's resolved run, or the problems (each naming its cell) when any input is bad.</summary>
    public (IReadOnlyList<(ExperimentCell Cell, ResolvedRun Run)> Runs, IReadOnlyList<string> Problems) Resolve(IReadOnlyList<ExperimentCell> cells, string experimentDirectory)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var runs = new List<(ExperimentCell, ResolvedRun)>();
        var problems = new List<string>();
        foreach (var cell in cells)
        {
            var request = _variants.Apply(cell.Variant, new RunRequest
            {
                BriefPath = cell.Brief,
                ManifestPath = cell.Firm,
                Seed = cell.Seed,
                Protocol = cell.Protocol,
                OutDirectory = Path.Combine(experimentDirectory, RunsFolder),
                Scenarios = cell.Scenario == ExperimentCell.NoScenario ? [] : [cell.Scenario],
                Quiet = true,
            });
            var (run, _, found) = _inputs.Resolve(request);
            if (run is null || found.Count > 0)
            {
                problems.AddRange(found.Select(p => $"{cell.Group}: {p}").Where(p => !problems.Contains(p)));
                continue;
            }

            if (run.Approver == RunInputs.ConsoleApproverName)
            {
                problems.Add($"{cell.Group}: an experiment cannot ask for approvals at the console; use a policy (approve-if-gates-passed, approve-all, reject-all) or file:PATH in the variant or settings.");
                continue;
            }

            runs.Add((cell, run));
        }

        return (runs, problems.Distinct().ToList());
    }

    public async Task<IReadOnlyList<ExperimentRow>> RunAsync(IReadOnlyList<(ExperimentCell Cell, ResolvedRun Run)> runs, string experimentDirectory, int parallelism, bool keepRuns, Action<ExperimentProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(progress);
        var records = new ExperimentRecords(experimentDirectory);
        var distinct = runs.Select(r => r.Run).DistinctBy(r => r.RunId).ToList();
        var pending = distinct.Where(r => records.Find(r.RunId) is null).ToList();
        var done = distinct.Count - pending.Count;
        progress(new ExperimentProgress(done, distinct.Count, done, null));
        var finished = done;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, async (run, token) =>
        {
            var record = await RunOneAsync(run, keepRuns, token).ConfigureAwait(false);
            records.Save(record);
            progress(new ExperimentProgress(Interlocked.Increment(ref finished), distinct.Count, done, record));
        }).ConfigureAwait(false);

        return [.. runs.Select(r => new ExperimentRow(r.Cell, records.Find(r.Run.RunId) ?? throw new InvalidOperationException($"The record of {r.Run.RunId} is missing after its run.")))];
    }

    private async Task<ExperimentRecord> RunOneAsync(ResolvedRun run, bool keepRuns, CancellationToken cancellationToken)
    {
        // Console approvals were refused when the cells were resolved; policies and decision files need no console.
        var approver = ApproverSource.Create(run.Approver, SilentConsole, TextReader.Null);
        var result = await _runner.RunAsync(run, approver, NullEngagementObserver.Instance, cancellationToken).ConfigureAwait(false);
        var summaryPath = Path.Combine(result.RunDirectory, "summary.json");
        IReadOnlyDictionary<string, double?> metrics;
        using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(summaryPath, cancellationToken).ConfigureAwait(false)))
        {
            metrics = ExperimentMetrics.Read(document.RootElement);
        }

        if (!keepRuns && Directory.Exists(result.RunDirectory))
        {
            Directory.Delete(result.RunDirectory, recursive: true);
        }

        return new ExperimentRecord { RunId = run.RunId, Status = result.Summary.Status, AuditHead = result.Summary.AuditHead, Metrics = metrics };
    }
}
