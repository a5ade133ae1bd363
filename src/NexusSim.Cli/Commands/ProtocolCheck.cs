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
    /// <summary>False, after saying so, when <paramref name="name"/> is no registered protocol: checked before the manifest is read.</summary>
    public static bool IsKnown(IAnsiConsole console, ProtocolRegistry protocols, string name)
    {
        if (protocols.Names.Contains(name, StringComparer.Ordinal))
        {
            return true;
        }

        console.Errors().MarkupLineInterpolated($"[red]--protocol:[/] unknown protocol '{name}'. Available: {string.Join(", ", protocols.Names)}.");
        return false;
    }

    /// <summary>Whether the valid firm <paramref name="manifest"/> can run <paramref name="name"/>, a protocol <see cref="IsKnown"/> accepted.</summary>
    public static int Execute(IAnsiConsole console, ProtocolRegistry protocols, string name, FirmManifest manifest)
    {
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
