using System.CommandLine;
using Spectre.Console;

namespace NexusSim.Cli.Commands;

/// <summary>Builds the command tree: one factory per verb.</summary>
internal static class RootCommandFactory
{
    /// <summary>The global option naming an extra settings file.</summary>
    public const string ConfigOption = "--config";

    /// <summary>The global log-level option.</summary>
    public const string VerbosityOption = "--verbosity";

    public static RootCommand Create(IAnsiConsole console)
    {
        var root = new RootCommand(
            "NexusSim: a multi-agent simulation of an AI-native consulting firm. The firm (agents, " +
            "decision rights, gates, chains, service lines) comes from a role manifest.");
        root.Options.Add(new Option<string?>(ConfigOption)
        {
            Description = "An extra settings file (JSON, shaped like appsettings.json), read relative to the working directory; it overrides appsettings.json and NexusSim__... environment variables.",
            HelpName = "FILE",
            Recursive = true,
        });
        var verbosity = new Option<string?>(VerbosityOption, "-v")
        {
            Description = "What is logged to stderr (never into the results on stdout) and to run's --log-file: quiet (errors only), minimal (warnings too), normal (each step, gate verdict, denial, escalation and human decision), detailed (each prompt too) or diagnostic (everything). Default: warnings and errors on stderr; Serilog:MinimumLevel:Default of the settings (Information) in --log-file.",
            HelpName = "LEVEL",
            Recursive = true,
        };
        // Not AcceptOnlyFromAmong: its message lists the levels on lines of their own, which an error line shows as escapes.
        verbosity.Validators.Add(result =>
        {
            var levels = Hosting.HostArguments.Levels.Keys.ToList();
            foreach (var token in result.Tokens.Where(t => !levels.Contains(t.Value) && !OptionShapes.LooksLikeOption(t.Value)))
            {
                result.AddError($"'{token.Value}' is not a level; use {string.Join(", ", levels.Take(levels.Count - 1))} or {levels[^1]}.");
            }
        });
        verbosity.CompletionSources.Add([.. Hosting.HostArguments.Levels.Keys]);
        root.Options.Add(verbosity);
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(RunsCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ExperimentCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));

        // With no verb: the main job, the default engagement.
        root.SetAction((parse, ct) => RunCommand.RunAsync(console, new Running.RunRequest(), ct));
        OptionShapes.Guard(root);
        VerbLabels.Bracket(root);
        return root;
    }
}
