using System.CommandLine;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>Builds the command tree: one factory per verb.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create(IAnsiConsole console)
    {
        var root = new RootCommand(
            "NexusSim: a multi-agent simulation of an AI-native consulting firm. The firm (agents, " +
            "decision rights, gates, chains, service lines) comes from a role manifest.");
        root.Subcommands.Add(ValidateCommand.Create(console));

        // With no verb: show the shipped firm (the engagement run takes this place once it lands).
        root.SetAction((parse, ct) => ValidateCommand.RunAsync(console, null, ct));
        return root;
    }
}
