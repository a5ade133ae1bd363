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

            if (ManifestPaths.ConfiguredProblem(path, options, "the manifest as PATH (nexussim validate PATH)") is { } configured)
            {
                console.Errors().WriteErrorLine(configured);
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            var manifestPath = ManifestPaths.Resolve(path, options);
            return Task.FromResult(Execute(console, manifestPath, protocol is null ? null : (protocols, protocol)));
        }, cancellationToken);

    /// <summary>
    /// Checks the manifest (and, with <paramref name="protocol"/>, that the firm can run it); prints the
    /// firm's tables only when every check passed, or every problem on stderr and no tables.
    /// </summary>
    internal static int Execute(IAnsiConsole console, string manifestPath, (ProtocolRegistry Registry, string Name)? protocol = null)
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

        if (protocol is { } check && ProtocolCheck.Lacks(check.Registry, check.Name, result.Manifest!) is { Count: > 0 } lacks)
        {
            return ProtocolCheck.Refuse(console, check.Name, result.Manifest!, lacks);
        }

        FirmRenderer.Render(console, result.Manifest!);
        if (protocol is { } passed)
        {
            ProtocolCheck.Passed(console, passed.Name, result.Manifest!);
        }

        return ExitCodes.Ok;
    }
}
