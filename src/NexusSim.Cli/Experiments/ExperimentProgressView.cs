using NexusSim.Core.Engagements;
using NexusSim.Cli.Rendering;
using Spectre.Console;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// Shows an experiment's progress: a Spectre.Console progress bar on a terminal, one plain line per run
/// when output is redirected, each naming the run's cell (every axis) and seed. A resumed experiment
/// says first how many runs were already done; a fresh one says nothing of resuming.
/// </summary>
internal static class ExperimentProgressView
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<Action<ExperimentProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (console.Profile.Capabilities.Interactive)
        {
            return await console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("runs");
                    return await work(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Finished;
                        if (p.LastCell is { } cell)
                        {
                            task.Description = SafeText.AsMarkup(cell);
                        }
                    }).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        var gate = new object();
        return await work(p =>
        {
            if (Line(p) is not { } line)
            {
                return;
            }

            lock (gate)
            {
                console.WriteSafe(line);
                console.WriteLine();
            }
        }).ConfigureAwait(false);
    }

    /// <summary>The plain line for a step of progress; null for a fresh start, which has nothing to say yet.</summary>
    internal static string? Line(ExperimentProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Last is null)
        {
            return progress.AlreadyDone == 0 ? null
                : progress.AlreadyDone == progress.Total ? $"Resumed: all {CountWords.Of(progress.Total, "run")} already done; writing the outputs."
                : $"Resumed: {progress.AlreadyDone} of {CountWords.Of(progress.Total, "run")} already done; {progress.Total - progress.AlreadyDone} to run.";
        }

        return $"[{progress.Finished}/{progress.Total}] {progress.LastCell ?? progress.Last.RunId}: {progress.Last.Status} ({progress.Last.RunId})";
    }

    /// <summary>A run as a progress line names it: each axis by name, briefs and firms by their short names, then the seed.</summary>
    internal static string Describe(CellLabels labels, ExperimentCell cell)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(cell);
        return $"protocol {cell.Protocol}, variant {cell.Variant.Name}, scenario {cell.Scenario}, brief {labels.BriefOf(cell)}, firm {labels.FirmOf(cell)}, seed {cell.Seed}";
    }
}
