using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Core.Audit;
using NexusSim.Storage;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>`nexussim audit verify RUN`: checks a run's hash-chained audit trail (run.db and audit.jsonl) against its signed checkpoint.</summary>
internal static class AuditCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var run = new Argument<string>("run") { Description = "A run id (looked up under --out) or the path of a run directory." };
        var output = new Option<string?>("--out") { Description = "Output directory holding runs (default out/, NexusSim:Storage:OutputDirectory).", HelpName = "DIR" };
        var verify = new Command("verify", "Verify a run's audit trail: exit 0 when intact, 1 naming the first bad entry, 2 when the run cannot be found.");
        verify.Arguments.Add(run);
        verify.Options.Add(output);
        verify.SetAction((parse, ct) => VerifyAsync(console, parse.GetValue(run)!, parse.GetValue(output), ct));
        var audit = new Command("audit", "Work with a run's audit trail.");
        audit.Subcommands.Add(verify);
        return audit;
    }

    public static Task<int> VerifyAsync(IAnsiConsole console, string run, string? outDirectory, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, null, async (services, token) =>
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var directory = Locate(run, outDirectory ?? storage.OutputDirectory);
            if (directory is null)
            {
                console.MarkupLineInterpolated($"[red]error:[/] no run '{run}': it is neither a run directory nor a run id under {Path.GetFullPath(outDirectory ?? storage.OutputDirectory)}. Give the run's directory or its id (see out/).");
                return ExitCodes.InvalidInput;
            }

            var keyPath = storage.CheckpointKeyPath.Length == 0 ? null : storage.CheckpointKeyPath;
            var results = new List<(string What, AuditVerification Result)>
            {
                ("run.db", await AuditFileVerifier.VerifyRunAsync(directory, keyPath, token).ConfigureAwait(false)),
            };
            var export = Path.Combine(directory, AuditExporter.FileName);
            if (File.Exists(export))
            {
                results.Add((AuditExporter.FileName, await AuditFileVerifier.VerifyExportAsync(export, keyPath, token).ConfigureAwait(false)));
            }

            foreach (var (what, result) in results)
            {
                if (result.IsValid)
                {
                    console.MarkupLineInterpolated($"[green]ok[/]   {what}: {result.Reason}");
                }
                else
                {
                    var entry = result.FirstBadSequence is { } sequence ? $"first bad entry #{sequence}: " : string.Empty;
                    console.MarkupLineInterpolated($"[red]FAIL[/] {what}: {entry}{result.Reason}");
                }
            }

            return results.All(r => r.Result.IsValid) ? ExitCodes.Ok : ExitCodes.Failed;
        }, cancellationToken);

    private static string? Locate(string run, string outDirectory)
    {
        if (Directory.Exists(run) && File.Exists(Path.Combine(run, SqliteRunJournal.DatabaseFileName)))
        {
            return Path.GetFullPath(run);
        }

        var underOut = Path.Combine(Path.GetFullPath(outDirectory), run);
        return Directory.Exists(underOut) && File.Exists(Path.Combine(underOut, SqliteRunJournal.DatabaseFileName)) ? underOut : null;
    }
}
