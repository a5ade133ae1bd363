using NexusSim.Agents.Prompts;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
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

        console.Errors().WriteErrorLine(
            $"--protocol: unknown protocol '{name}'.{NearestName.Appended(name, protocols.Names)} Give one of: {string.Join(", ", protocols.Names)}.");
        return false;
    }

    /// <summary>What the valid firm <paramref name="manifest"/> lacks to run <paramref name="name"/>, a protocol <see cref="IsKnown"/> accepted; empty when it has what it needs.</summary>
    public static IReadOnlyList<string> Lacks(ProtocolRegistry protocols, string name, FirmManifest manifest)
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

        return problems;
    }

    /// <summary>Says what the firm lacks for <paramref name="name"/> (on stderr) and returns the exit code: the firm's tables are not printed then.</summary>
    public static int Refuse(IAnsiConsole console, string name, FirmManifest manifest, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            console.Errors().WriteErrorLine($"protocol {name}: {problem}");
        }

        console.Errors().WriteSafeLine($"{manifest.Firm.Name} cannot run the {name} protocol until these are fixed; nothing was run.");
        return ExitCodes.InvalidInput;
    }

    /// <summary>The line after the firm's tables when it can run <paramref name="name"/>.</summary>
    public static void Passed(IAnsiConsole console, string name, FirmManifest manifest) =>
        console.WriteSafeLine($"protocol {name}: {manifest.Firm.Name} has what it needs.");
}
