using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Records;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Reporting;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim report RUN`: rebuilds a run's report.html from its run.db.</summary>
internal static class ReportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var run = new Argument<string>("run") { Description = "A run id (looked up under --out) or the path of a run directory." };
        var output = new Option<string?>("--out", "-o") { Description = "Output directory holding runs (default out/, NexusSim:Storage:OutputDirectory).", HelpName = "DIR" };
        var command = new Command("report", "Rebuild a run's report.html from its run folder (run.db); exit 2 when the run cannot be found or has no record to report.");
        command.Arguments.Add(run);
        command.Options.Add(output);
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(run)!, parse.GetValue(output), ct));
        return command;
    }

    public static Task<int> RunAsync(IAnsiConsole console, string run, string? outDirectory, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, null, async (services, token) =>
        {
            var runs = outDirectory ?? services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputDirectory;
            var directory = RunLocation.WithJournal(run, runs);
            if (directory is null)
            {
                RunLocation.NotFound(console, run, runs);
                return ExitCodes.InvalidInput;
            }

            try
            {
                var path = await RunReport.WriteAsync(directory, null, token).ConfigureAwait(false);
                console.WriteSafeLine($"Wrote {path}");
                return ExitCodes.Ok;
            }
            catch (InvalidDataException ex)
            {
                console.Errors().WriteErrorLine(ex.Message);
                return ExitCodes.InvalidInput;
            }
        }, cancellationToken);
}
