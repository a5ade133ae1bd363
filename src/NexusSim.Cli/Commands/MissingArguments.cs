using System.CommandLine;
using System.CommandLine.Parsing;

namespace NexusSim.Cli.Commands;

/// <summary>
/// A verb's argument left out (<c>nexussim audit verify</c>), in words a newcomer reads: which verb, what
/// is missing, what it is and the whole command to write ("audit verify: &lt;run&gt; is missing: a run id
/// … or the path of a run directory. Write nexussim audit verify &lt;run&gt;."), instead of the parser's
/// "Required argument 'run' missing for command: 'verify'.".
/// </summary>
internal static class MissingArguments
{
    /// <summary>The line for a missing verb argument, or null when <paramref name="error"/> is about something else.</summary>
    public static string? Describe(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!error.Message.StartsWith("Required argument", StringComparison.Ordinal))
        {
            return null;
        }

        var command = error.SymbolResult switch
        {
            CommandResult c => c,
            ArgumentResult { Parent: CommandResult c } => c,
            _ => null,
        };
        if (command?.Command.Arguments.FirstOrDefault(a => error.Message.Contains($"'{a.Name}'", StringComparison.Ordinal)) is not { } argument)
        {
            return null;
        }

        var verb = VerbPath(command);
        var usage = string.Join(' ', command.Command.Arguments.Select(a => $"<{a.Name}>"));
        var what = string.IsNullOrEmpty(argument.Description) ? string.Empty : $": {Lower(argument.Description.TrimEnd('.'))}";
        return $"{verb}: <{argument.Name}> is missing{what}. Write nexussim {verb} {usage}.";
    }

    // "audit verify": the verbs from the root down, the root's own name left out.
    private static string VerbPath(CommandResult command)
    {
        var names = new List<string>();
        for (var at = command; at.Parent is CommandResult parent; at = parent)
        {
            names.Insert(0, at.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string Lower(string text) => text.Length > 0 && char.IsUpper(text[0]) && (text.Length == 1 || !char.IsUpper(text[1])) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
