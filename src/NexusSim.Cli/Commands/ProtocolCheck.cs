using NexusSim.Agents.Prompts;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary><c>validate --protocol NAME</c>: whether a valid firm can run a protocol, and what it lacks if not.</summary>
internal static class ProtocolCheck
{
    public static int Execute(IAnsiConsole console, ProtocolRegistry protocols, string name, FirmManifest manifest)
    {
        if (!protocols.Names.Contains(name, StringComparer.Ordinal))
        {
            console.Errors().MarkupLineInterpolated($"[red]--protocol:[/] unknown protocol '{name}'. Available: {string.Join(", ", protocols.Names)}.");
            return ExitCodes.InvalidInput;
        }

        var problems = protocols.Lacks(name, manifest).ToList();
        try
        {
            PromptLibrary.Load(ContentLibraries.PromptsDirectory, manifest, ChainProtocol.IntakeTask, protocols.TasksOf(name));
        }
        catch (PromptLibraryException ex)
        {
            problems.AddRange(ex.Problems);
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                console.Errors().MarkupLineInterpolated($"[red]protocol {name}:[/] {problem}");
            }

            console.Errors().MarkupLineInterpolated($"{manifest.Firm.Name} cannot run the {name} protocol until these are fixed; nothing was run.");
            return ExitCodes.InvalidInput;
        }

        console.MarkupLineInterpolated($"Protocol {name}: {manifest.Firm.Name} has what it needs.");
        return ExitCodes.Ok;
    }
}
