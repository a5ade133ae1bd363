using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>Reaching the error side of a console.</summary>
internal static class ConsoleExtensions
{
    /// <summary>The console errors and warnings go to: stderr for the process's console, the console itself otherwise.</summary>
    public static IAnsiConsole Errors(this IAnsiConsole console) => console is CliConsole cli ? cli.Error : console;

    /// <summary>Where plain lines of input are read from (piped approvals): the console's, else stdin.</summary>
    public static TextReader LineInput(this IAnsiConsole console) => (console as CliConsole)?.LineInput ?? Console.In;
}
