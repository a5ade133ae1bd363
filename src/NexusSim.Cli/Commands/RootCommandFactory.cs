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
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));

        // With no verb: the main job, the default engagement.
        root.SetAction((parse, ct) => RunCommand.RunAsync(console, new Running.RunRequest(), ct));
        return root;
    }
}
