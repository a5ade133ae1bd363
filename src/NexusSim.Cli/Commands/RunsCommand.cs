using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Records;
using NexusSim.Cli.Rendering;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim runs list|show|diff`: the runs kept in the output directory, read from their summary.json.</summary>
internal static class RunsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var runs = new Command("runs", "The runs kept in the output directory: list them, show one, compare two.");
        var list = new Command("list", "Every run kept in --out: id, status, start time, client, service line, seed, protocol, approver, governance (what --overlay, --set or --scenario applied).");
        var listOut = OutOption();
        list.Options.Add(listOut);
        list.SetAction((parse, ct) => WithOut(console, parse.GetValue(listOut), (outDirectory, _) =>
        {
            // A folder that is not there is a bad --out (exit 2, as an unknown run is); an empty one simply holds no runs.
            if (!Directory.Exists(outDirectory))
            {
                console.Errors().WriteErrorLine($"--out: there is no folder {outDirectory}. Give the output folder holding the runs ('nexussim run' writes them into out/ under the folder it is run from).");
                return ExitCodes.InvalidInput;
            }

            RunsRenderer.List(console, RunFolder.All(outDirectory), outDirectory);
            return ExitCodes.Ok;
        }, ct));

        var showRun = RunArgument("run");
        var showOut = OutOption();
        var show = new Command("show", "One run's summary: every field, every setting, every deliverable and each of its fields.");
        show.Arguments.Add(showRun);
        show.Options.Add(showOut);
        show.SetAction((parse, ct) => WithOut(console, parse.GetValue(showOut), (outDirectory, _) =>
            Found(console, outDirectory, parse.GetValue(showRun)!) is { } run ? Done(() => RunsRenderer.Show(console, run)) : ExitCodes.InvalidInput, ct));

        var first = RunArgument("a");
        var second = RunArgument("b");
        var diffOut = OutOption();
        var diff = new Command("diff", "Two runs side by side: fields, settings, deliverables and each of their fields, differences marked '*'.");
        diff.Arguments.Add(first);
        diff.Arguments.Add(second);
        diff.Options.Add(diffOut);
        diff.SetAction((parse, ct) => WithOut(console, parse.GetValue(diffOut), (outDirectory, _) =>
            Found(console, outDirectory, parse.GetValue(first)!) is { } a && Found(console, outDirectory, parse.GetValue(second)!) is { } b
                ? Done(() => RunsRenderer.Diff(console, a, b))
                : ExitCodes.InvalidInput, ct));

        runs.Subcommands.Add(list);
        runs.Subcommands.Add(show);
        runs.Subcommands.Add(diff);
        return runs;
    }

    private static Option<string?> OutOption() =>
        new("--out", "-o") { Description = "Output directory holding runs (default out/, NexusSim:Storage:OutputDirectory).", HelpName = "DIR" };

    private static Argument<string> RunArgument(string name) =>
        new(name) { Description = "A run id (looked up under --out) or the path of a run directory." };

    private static Task<int> WithOut(IAnsiConsole console, string? outDirectory, Func<string, IServiceProvider, int> work, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, null, (services, _) =>
        {
            var directory = outDirectory ?? services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputDirectory;
            if (string.IsNullOrWhiteSpace(directory) || directory.Contains('\0', StringComparison.Ordinal))
            {
                console.Errors().MarkupLine("[red]error:[/] --out: not a directory name. Give the output directory holding the runs.");
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            return Task.FromResult(work(Path.GetFullPath(directory), services));
        }, cancellationToken);

    private static RunFolder? Found(IAnsiConsole console, string outDirectory, string run)
    {
        var found = RunFolder.Find(run, outDirectory);
        if (found is null)
        {
            RunLocation.NotFound(console, run, outDirectory);
        }

        return found;
    }

    private static int Done(Action render)
    {
        render();
        return ExitCodes.Ok;
    }
}
