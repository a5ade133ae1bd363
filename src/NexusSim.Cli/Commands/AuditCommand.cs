using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Records;
using NexusSim.Cli.Rendering;
using NexusSim.Core.Audit;
using NexusSim.Storage;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>
/// `nexussim audit verify RUN`: checks a run's hash-chained audit trail (run.db and audit.jsonl)
/// against its signed, sealed checkpoint and the delivered files against the end-of-run record;
/// `nexussim audit public-key`: prints the public key others need to verify your runs.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var run = new Argument<string>("run") { Description = "A run id (looked up under --out) or the path of a run directory." };
        var output = new Option<string?>("--out", "-o") { Description = "Output directory holding runs (default out/, NexusSim:Storage:OutputDirectory).", HelpName = "DIR" };
        var publicKey = new Option<string?>("--public-key")
        {
            Description = "The key to trust: a public key PEM file (from `nexussim audit public-key` of whoever ran it). Default: your own signing key (NexusSim:Storage:CheckpointKeyPath, ~/.nexussim/audit-signing-key.pem).",
            HelpName = "FILE",
        };
        var verify = new Command("verify", "Verify a run's audit trail and delivered files: exit 0 when intact, 1 naming the first bad entry or file, 2 when the run cannot be found, the --public-key file is missing, there is no key to trust (no --public-key and no signing key of your own) or a key file holds no key.");
        verify.Arguments.Add(run);
        verify.Options.Add(output);
        verify.Options.Add(publicKey);
        verify.SetAction((parse, ct) => VerifyAsync(console, parse.GetValue(run)!, parse.GetValue(output), parse.GetValue(publicKey), ct));
        var print = new Command("public-key", "Print the public half of your audit signing key (PEM), for others to verify your runs with --public-key; exit 2 when you have no key yet.");
        print.SetAction((_, ct) => PrintPublicKeyAsync(console, ct));
        var audit = new Command("audit", "Work with a run's audit trail.");
        audit.Subcommands.Add(verify);
        audit.Subcommands.Add(print);
        return audit;
    }

    public static Task<int> VerifyAsync(IAnsiConsole console, string run, string? outDirectory, CancellationToken cancellationToken) =>
        VerifyAsync(console, run, outDirectory, null, cancellationToken);

    public static Task<int> VerifyAsync(IAnsiConsole console, string run, string? outDirectory, string? publicKey, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, null, async (services, token) =>
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var directory = RunLocation.WithJournal(run, outDirectory ?? storage.OutputDirectory);
            if (directory is null)
            {
                RunLocation.NotFound(console, run, outDirectory ?? storage.OutputDirectory);
                return ExitCodes.InvalidInput;
            }

            if (publicKey is not null && !File.Exists(publicKey) && !Directory.Exists(publicKey))
            {
                console.Errors().WriteErrorLine($"--public-key: no file '{publicKey}'. Give a public key PEM file (`nexussim audit public-key` prints one).");
                return ExitCodes.InvalidInput;
            }

            var keyPath = publicKey ?? (storage.CheckpointKeyPath.Length == 0 ? null : storage.CheckpointKeyPath);
            if (await KeyProblemAsync(keyPath ?? CheckpointKeyFile.DefaultPath, publicKey is not null, token).ConfigureAwait(false) is { } problem)
            {
                console.Errors().WriteErrorLine(problem);
                return ExitCodes.InvalidInput;
            }

            var results = new List<(string What, AuditVerification Result)>
            {
                ("run.db", await AuditFileVerifier.VerifyRunAsync(directory, keyPath, token).ConfigureAwait(false)),
            };
            var export = Path.Combine(directory, AuditExporter.FileName);
            if (File.Exists(export))
            {
                results.Add((AuditExporter.FileName, await AuditFileVerifier.VerifyExportAsync(export, keyPath, token).ConfigureAwait(false)));
            }

            results.Add(("files", await AuditFileVerifier.VerifyFilesAsync(directory, keyPath, token).ConfigureAwait(false)));
            foreach (var (what, result) in results)
            {
                if (result.IsValid)
                {
                    console.WriteLabelledLine("ok  ", new Style(Color.Green), $"{what}: {result.Reason}");
                }
                else
                {
                    var entry = result.FirstBadSequence is { } sequence ? $"first bad entry #{sequence}: " : string.Empty;
                    console.WriteLabelledLine("FAIL", SafeText.ErrorLabel, $"{what}: {entry}{result.Reason}");
                }
            }

            return results.All(r => r.Result.IsValid) ? ExitCodes.Ok : ExitCodes.Failed;
        }, cancellationToken);

    // A key that is missing, or a file that holds no key, is bad input, not a broken trail: what is wrong and what to give instead; null when it loads.
    private static async Task<string?> KeyProblemAsync(string path, bool given, CancellationToken cancellationToken)
    {
        try
        {
            return await CheckpointKeyFile.TryLoadVerifierAsync(path, cancellationToken).ConfigureAwait(false) is not null
                ? null
                : $"no audit signing key at {path} to check the run's signatures with, so nothing was checked. Give the public key of whoever made the run: --public-key FILE (they print it with `nexussim audit public-key`); or, for a run of your own, point NexusSim:Storage:CheckpointKeyPath at your key file.";
        }
        catch (InvalidDataException exception)
        {
            return given
                ? $"--public-key: {exception.Message} Give the public key PEM that `nexussim audit public-key` prints on the machine that made the run (\"-----BEGIN PUBLIC KEY-----\")."
                : $"your audit signing key: {exception.Message} Point NexusSim:Storage:CheckpointKeyPath at your key file, or give --public-key FILE with the public key PEM that `nexussim audit public-key` prints.";
        }
    }

    private static Task<int> PrintPublicKeyAsync(IAnsiConsole console, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, null, async (services, token) =>
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var path = storage.CheckpointKeyPath.Length == 0 ? CheckpointKeyFile.DefaultPath : storage.CheckpointKeyPath;
            AuditCheckpointVerifier? verifier;
            try
            {
                verifier = await CheckpointKeyFile.TryLoadVerifierAsync(path, token).ConfigureAwait(false);
            }
            catch (InvalidDataException exception)
            {
                console.Errors().WriteErrorLine(exception.Message);
                return ExitCodes.InvalidInput;
            }

            if (verifier is null)
            {
                console.Errors().WriteErrorLine($"no audit signing key at {path}: one is made by your first `nexussim run`.");
                return ExitCodes.InvalidInput;
            }

            console.Profile.Out.Writer.Write(CheckpointKeyFile.PublicKeyPem(verifier));
            return ExitCodes.Ok;
        }, cancellationToken);
}
