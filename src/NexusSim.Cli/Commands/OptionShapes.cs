using System.CommandLine;
using System.CommandLine.Parsing;

namespace NexusSim.Cli.Commands;

/// <summary>
/// Words that look like options. System.CommandLine hands a word it does not know to a verb's
/// argument (<c>experiment --sede 3</c> would read '--sede' as the experiment FILE) and to an option
/// that takes a value (<c>--seeds -o x</c> would read '-o' as the seeds). <see cref="Guard"/> adds
/// validators that refuse such words there, so they are reported as the options they look like.
/// </summary>
internal static class OptionShapes
{
    /// <summary>True for '--name', '--name=value' and '-x…': never a path, run id or value this CLI takes ('-1' is a number, not an option).</summary>
    public static bool LooksLikeOption(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2)
            || (token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || token[1] == '?'));
    }

    /// <summary>The option part of a word shaped like one: '--seed' of '--seed=3'.</summary>
    public static string NameOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return token.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? token[..equals] : token;
    }

    /// <summary>The options a word may be at <paramref name="command"/>: its own and those its parents pass down, each by every name.</summary>
    public static IEnumerable<string> NamesAt(CommandResult command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var names = new List<string>();
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult result)
            {
                names.AddRange(result.Command.Options
                    .Where(o => !o.Hidden && (ReferenceEquals(result, command) || o.Recursive))
                    .SelectMany(o => o.Aliases.Prepend(o.Name))
                    .Where(n => n.StartsWith('-') && n != "-?"));
            }
        }

        return names.Distinct(StringComparer.Ordinal);
    }

    /// <summary>"no value given" for an option whose value is missing or is another option.</summary>
    public static string NoValue(Option option, string? token)
    {
        ArgumentNullException.ThrowIfNull(option);
        var write = $"write {option.Name} {option.HelpName ?? "VALUE"}";
        return token is null ? $"no value given; {write}." : $"no value given ('{token}' is an option, not a value); {write}.";
    }

    /// <summary>
    /// Adds to every verb under <paramref name="root"/>: its arguments refuse a word shaped like an
    /// option, and so does every option that takes a value.
    /// </summary>
    public static void Guard(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var argument in root.Arguments)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(t => LooksLikeOption(t.Value)))
                {
                    result.AddError($"'{token.Value}' is shaped like an option, not a {argument.Name}.");
                }
            });
        }

        foreach (var option in root.Options.Where(o => o.ValueType != typeof(bool)))
        {
            option.Validators.Add(result =>
            {
                if (result.Tokens.FirstOrDefault(t => LooksLikeOption(t.Value)) is { } token)
                {
                    result.AddError(NoValue(option, token.Value));
                }
            });
        }

        foreach (var command in root.Subcommands)
        {
            Guard(command);
        }
    }
}
