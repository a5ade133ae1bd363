using System.CommandLine;
using NexusSim.Cli.Commands;
using NexusSim.Cli.Rendering;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Spectre.Console;

namespace NexusSim.Cli;

/// <summary>
/// The executable's entry: a bootstrap logger, the verbs, and an exit code. Parse errors exit 2
/// with the problem and the usage; an unexpected failure is logged and exits 1.
/// </summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        console ??= CliConsole.ForProcess();
        // -v raises or lowers this too, so "run again with -v diagnostic" shows an unexpected failure's details.
        var bootstrapLevel = new LoggingLevelSwitch(LogEventLevel.Warning);
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.ControlledBy(bootstrapLevel)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateBootstrapLogger();
        try
        {
            // Help shows the effective defaults, so a --config file on the command line counts before parsing.
            Hosting.HostArguments.Current = new Hosting.HostArguments(ConfigFileIn(args), null);
            var root = RootCommandFactory.Create(console);
            var parse = root.Parse(args);
            // A value written to an on/off option ('--faults=yes') is an error of its own; the rest of the line is read without it.
            var flagValues = FlagValues.In(parse, args);
            if (flagValues.Messages.Count > 0)
            {
                parse = root.Parse([.. flagValues.Remaining]);
            }

            if (parse.Errors.Count > 0 || flagValues.Messages.Count > 0)
            {
                // A missing subcommand first, as one error with the subcommands listed right under it.
                if (MissingSubcommand.In(parse) is { } missing)
                {
                    console.Errors().WriteErrorLine(missing.Error);
                    foreach (var line in missing.SubcommandLines.Concat(missing.Notes))
                    {
                        console.Errors().WriteSafeLine(line);
                    }
                }

                foreach (var message in flagValues.Messages.Concat(ParseErrors.Messages(parse)))
                {
                    console.Errors().WriteErrorLine(message);
                }

                console.Errors().WriteLine("Run 'nexussim --help' (or 'nexussim <verb> --help') for usage.");
                return ExitCodes.InvalidInput;
            }

            Hosting.HostArguments.Current = new Hosting.HostArguments(
                parse.GetValue<string?>(RootCommandFactory.ConfigOption), parse.GetValue<string?>(RootCommandFactory.VerbosityOption));
            if (Hosting.HostArguments.Current.Verbosity is { } verbosity && Hosting.HostArguments.Levels.TryGetValue(verbosity, out var level))
            {
                bootstrapLevel.MinimumLevel = Enum.Parse<LogEventLevel>(level);
            }

            using var signals = new Hosting.TerminationSignals(cancellationToken);
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, signals.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            console.Errors().MarkupLine("[yellow]Interrupted.[/]");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (Hosting.ConfigurationErrors.IsBinding(ex))
        {
            console.Errors().WriteLabelledLine("configuration error:", SafeText.ErrorLabel, Hosting.ConfigurationErrors.Describe(ex));
            console.Errors().WriteLine("Fix appsettings.json (or the matching environment variable, or the --config file) and run again.");
            return ExitCodes.InvalidInput;
        }
#pragma warning disable CA1031 // the last line of defence: log it and exit non-zero
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // One plain line on stderr, never a stack trace; the exception itself goes to the log at Debug
            // (seen with -v diagnostic, or in a --log-file at that level).
            console.Errors().WriteErrorLine($"nexussim failed unexpectedly: {ex.GetType().Name}: {ex.Message}");
            console.Errors().WriteLine("This is a bug in nexussim. Run again with -v diagnostic to see the details, and report them.");
            Log.Debug(ex, "nexussim failed unexpectedly");
            return ExitCodes.Failed;
        }
        finally
        {
            await Log.CloseAndFlushAsync().ConfigureAwait(false);
        }
    }

    // The value of --config in the raw arguments (--config FILE or --config=FILE), before any parsing.
    private static string? ConfigFileIn(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == RootCommandFactory.ConfigOption && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(RootCommandFactory.ConfigOption + "=", StringComparison.Ordinal))
            {
                return args[i][(RootCommandFactory.ConfigOption.Length + 1)..];
            }
        }

        return null;
    }
}
