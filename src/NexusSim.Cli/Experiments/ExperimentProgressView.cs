using NexusSim.Cli.Rendering;
using Spectre.Console;

namespace NexusSim.Cli.Experiments;

/// <summary>Shows an experiment's progress: a Spectre.Console progress bar on a terminal, one plain line per run when output is redirected.</summary>
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
                    }).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        var gate = new object();
        return await work(p =>
        {
            lock (gate)
            {
                console.WriteLine(p.Last is null
                    ? $"{p.AlreadyDone} of {Counted.Of(p.Total, "run")} already done (resumed); {p.Total - p.AlreadyDone} to run."
                    : $"[{p.Finished}/{p.Total}] {p.Last.RunId} {p.Last.Status}");
            }
        }).ConfigureAwait(false);
    }
}
