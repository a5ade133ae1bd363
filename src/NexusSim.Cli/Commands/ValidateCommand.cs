using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Core.Manifest;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary><c>nexussim validate [PATH]</c>: load and check a role manifest; show the firm or every error.</summary>
internal static class ValidateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "The manifest directory or its entry file (manifest.yaml). Default: the shipped agents/ (NexusSim:Manifest:Path).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var protocol = new Option<string?>("--protocol")
        {
            Description = "Also check that the firm can run this collaboration protocol (what it lacks, the protocol's task templates).",
            HelpName = "NAME",
        };
        var command = new Command("validate", "Check a role manifest strictly. Valid: a table of the firm, exit 0. Invalid: every error with file, line and column, exit 2.");
        command.Arguments.Add(path);
        command.Options.Add(protocol);
        command.SetAction((parse, ct) => RunAsync(console, parse.GetValue(path), parse.GetValue(protocol), ct));
        return command;
    }

    /// <summary>Validates <paramref name="path"/> (or the configured manifest) inside the host.</summary>
    public static Task<int> RunAsync(IAnsiConsole console, string? path, string? protocol, CancellationToken cancellationToken) =>
        NexusHost.RunAsync(console, null, (services, token) =>
        {
            var options = services.GetRequiredService<IOptions<ManifestOptions>>().Value;
            if (path?.Contains('\0', StringComparison.Ordinal) == true)
            {
                console.Errors().MarkupLine("[red]error:[/] PATH: the path contains a NUL character, which no file name can hold. Give a manifest folder or its entry file.");
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            // An unknown protocol is a bad argument: said before the manifest is read, not after its tables.
            var protocols = services.GetRequiredService<ProtocolRegistry>();
            if (protocol is not null && !ProtocolCheck.IsKnown(console, protocols, protocol))
            {
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            var manifestPath = ManifestPaths.Resolve(path, options);
            var exit = Execute(console, manifestPath);
            return Task.FromResult(exit != ExitCodes.Ok || protocol is null
                ? exit
                : ProtocolCheck.Execute(console, protocols, protocol, ManifestLoader.Load(manifestPath).Manifest!));
        }, cancellationToken);

    internal static int Execute(IAnsiConsole console, string manifestPath)
    {
        var result = ManifestLoader.Load(manifestPath);
        if (!result.IsValid)
        {
            ManifestErrorRenderer.Render(console.Errors(), manifestPath, result.Errors);
            return ExitCodes.InvalidInput;
        }

        // The firm's own brief schema and content library (beside the manifest) are part of the firm.
        var problems = new List<string>();
        var (_, schemaErrors) = Core.Briefs.BriefSchemaLoader.ForFirm(result.Manifest!.Directory);
        problems.AddRange(schemaErrors.Select(e => $"brief schema {e}"));
        Running.FirmContentCheck.Check(result.Manifest, problems, new Running.ContentLibraries());
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                console.Errors().WriteLine(problem);
            }

            return ExitCodes.InvalidInput;
        }

        FirmRenderer.Render(console, result.Manifest!);
        return ExitCodes.Ok;
    }
}
