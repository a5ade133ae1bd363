using System.CommandLine;
using System.CommandLine.Parsing;

namespace NexusSim.Cli.Commands;

/// <summary>
/// A value written to an on/off option. System.CommandLine takes a word after such an option only when
/// it reads as true or false; any other word is left to the verb, so <c>run --faults=yes</c> said only
/// "Unrecognized command or argument 'yes'" and <c>experiment --keep-runs=maybe</c> read 'maybe' as the
/// experiment FILE. Here such a value is one error naming the option and what it takes, and the rest of
/// the command line is read without it: a word it pushed out of a verb's argument ('study.yaml' of
/// <c>experiment --keep-runs=maybe study.yaml</c>) is not reported as a stray.
/// </summary>
/// <remarks>
/// Counted as the option's value: a word written onto it (<c>--faults=yes</c>, <c>--faults:yes</c>,
/// <c>--faults=</c>, <c>-qyes</c>), always; a separate word after it only when it is one of
/// <see cref="OnOffWords"/> ('yes', 'off', 'maybe', …) and, when a verb's argument took it, no file or
/// folder of that name exists (<c>experiment --keep-runs study.yaml</c> reads study.yaml as the FILE).
/// true and false, in any case, are the option's value as System.CommandLine reads them.
/// </remarks>
internal sealed class FlagValues
{
    /// <summary>Words a person writes after an on/off option meaning it as its value.</summary>
    public static readonly IReadOnlySet<string> OnOffWords = new HashSet<string>(
        ["yes", "no", "y", "n", "on", "off", "1", "0", "maybe", "enable", "enabled", "disable", "disabled"], StringComparer.OrdinalIgnoreCase);

    private FlagValues(IReadOnlyList<string> messages, IReadOnlyList<string> remaining)
    {
        Messages = messages;
        Remaining = remaining;
    }

    /// <summary>One line per value written to an on/off option (without the "error:" prefix).</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The command line with those values left out ('--faults=yes' as '--faults'), to read for its other errors.</summary>
    public IReadOnlyList<string> Remaining { get; }

    /// <summary>The values written to on/off options in <paramref name="args"/>, as <paramref name="parse"/> read them.</summary>
    public static FlagValues In(ParseResult parse, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(args);
        var remaining = args.ToList();
        var messages = new List<string>();

        // --help and --version answer whatever else is written, as they do for every other error.
        if (parse.Action is { ClearsParseErrors: true })
        {
            return new FlagValues(messages, remaining);
        }

        var flags = OnOffOptions(parse.CommandResult);
        var tokens = parse.Tokens;
        var from = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || !flags.TryGetValue(tokens[i].Value, out var option))
            {
                continue;
            }

            var name = tokens[i].Value;
            var end = End(remaining);
            var next = i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Argument && !bool.TryParse(tokens[i + 1].Value, out _) ? tokens[i + 1] : null;

            // Written onto the option: the tokenizer split it off ('--faults=yes' → '--faults' 'yes'), or dropped it when empty ('--faults=').
            string[] attached = next is null ? [] : [name + "=" + next.Value, name + ":" + next.Value, .. IsShort(name) ? [name + next.Value] : Array.Empty<string>()];
            var value = next?.Value;
            var at = IndexOf(remaining, from, end, (word, _) => attached.Contains(word, StringComparer.Ordinal));
            if (at < 0)
            {
                value = string.Empty;
                at = IndexOf(remaining, from, end, (word, _) => word == name + "=" || word == name + ":");
            }

            if (at >= 0)
            {
                messages.Add(Message(option, value ?? string.Empty));
                remaining[at] = name;
                from = at + 1;
                continue;
            }

            // A separate word meant as the value ('--keep-runs maybe'), unless a verb took it as a path that is there.
            if (next is not null && OnOffWords.Contains(next.Value)
                && (parse.UnmatchedTokens.Contains(next.Value, StringComparer.Ordinal) || !Path.Exists(next.Value)))
            {
                at = IndexOf(remaining, from, end - 1, (word, j) => word == name && remaining[j + 1] == next.Value);
                if (at >= 0)
                {
                    messages.Add(Message(option, next.Value));
                    remaining.RemoveAt(at + 1);
                    from = at + 1;
                }
            }
        }

        return new FlagValues(messages, remaining);
    }

    /// <summary>"--faults takes no value (write --faults, or --faults=true/false); got 'yes'."</summary>
    public static string Message(Option option, string value)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(value);
        return $"{option.Name} takes no value (write {option.Name}, or {option.Name}=true/false); got '{value}'.";
    }

    /// <summary>An option that is on when written and takes true or false as an optional value ('--faults', '--keep-runs').</summary>
    public static bool IsOnOff(Option option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.ValueType == typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
    }

    // The on/off options of the verb and the verbs above it, by every name; the verb's own first.
    private static Dictionary<string, Option> OnOffOptions(CommandResult command)
    {
        var options = new Dictionary<string, Option>(StringComparer.Ordinal);
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult result)
            {
                foreach (var option in result.Command.Options.Where(IsOnOff))
                {
                    foreach (var name in option.Aliases.Prepend(option.Name))
                    {
                        options.TryAdd(name, option);
                    }
                }
            }
        }

        return options;
    }

    // '-q', not '--quiet': a short name takes a value written right after it ('-qyes').
    private static bool IsShort(string name) => name.Length == 2 && name[0] == '-' && name[1] != '-';

    // Words after '--' are arguments, never options.
    private static int End(List<string> args)
    {
        var end = args.IndexOf("--");
        return end < 0 ? args.Count : end;
    }

    private static int IndexOf(List<string> args, int from, int end, Func<string, int, bool> match)
    {
        for (var j = from; j < end; j++)
        {
            if (match(args[j], j))
            {
                return j;
            }
        }

        return -1;
    }
}
