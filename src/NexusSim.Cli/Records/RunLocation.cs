using NexusSim.Cli.Rendering;
using NexusSim.Storage;
using Spectre.Console;

namespace NexusSim.Cli.Records;

/// <summary>
/// Where the verbs that read a kept run (report, audit verify, runs show and diff) find it: RUN is a
/// run folder, or a run id under the output folder. One wording for a run that is not there.
/// </summary>
internal static class RunLocation
{
    /// <summary>The full path of the run folder <paramref name="run"/> names (it holds run.db), or null.</summary>
    public static string? WithJournal(string run, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var candidate in new[] { run, Path.Combine(Path.GetFullPath(outDirectory), run) })
        {
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, SqliteRunJournal.DatabaseFileName)))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    /// <summary>Says on stderr that <paramref name="run"/> is no kept run, and how to list those there are.</summary>
    public static void NotFound(IAnsiConsole console, string run, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Errors().WriteErrorLine(
            $"no run '{run}': it is neither a run folder nor a run id under {Path.GetFullPath(outDirectory)}. 'nexussim runs list' shows the runs kept.");
    }
}
