using System.CommandLine;
using System.CommandLine.Parsing;

namespace NexusSim.Cli.Commands;

/// <summary>
/// A verb given without its subcommand (<c>nexussim runs --out x</c>), reported as one error naming what is
/// missing, then the subcommands to choose from, then a note on each word written after the verb: it was
/// not read, because no subcommand was there to read it (an option such as '--out' belongs to the
/// subcommands, so it goes after one). Those words are not reported as errors of their own: the parser
/// could not judge them without knowing the subcommand.
/// </summary>
internal sealed class MissingSubcommand
{
    private readonly ParseResult _parse;

    private MissingSubcommand(ParseResult parse, Command verb)
    {
        _parse = parse;
        Verb = verb;
    }

    /// <summary>The verb whose subcommand is missing.</summary>
    public Command Verb { get; }

    /// <summary>The one error: "runs: give a subcommand, one of these (see 'nexussim runs --help'):".</summary>
    public string Error => $"{Verb.Name}: give a subcommand, one of these (see 'nexussim {Verb.Name} --help'):";

    /// <summary>One line per subcommand: its name and the first clause of its description.</summary>
    public IReadOnlyList<string> SubcommandLines
    {
        get
        {
            var shown = Verb.Subcommands.Where(c => !c.Hidden).ToList();
            var width = shown.Max(c => c.Name.Length);
            return [.. shown.Select(c => $"  {c.Name.PadRight(width)}  {FirstClause(c.Description)}")];
        }
    }

    /// <summary>
    /// One line per word group written after the verb that nothing read: an option-shaped word with the value
    /// after it, and which subcommands take that option ("'--out x' was not read: write it after the
    /// subcommand (--out is an option of list, show and diff).").
    /// </summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var notes = new List<string>();
            foreach (var group in UnreadGroups())
            {
                var first = group[0];
                var words = string.Join(' ', group);
                if (!OptionShapes.LooksLikeOption(first))
                {
                    notes.Add($"'{words}' was not read: write the subcommand first.");
                    continue;
                }

                var name = OptionShapes.NameOf(first);
                var takers = Verb.Subcommands.Where(c => !c.Hidden && c.Options.Any(o => o.Name == name || o.Aliases.Contains(name))).Select(c => c.Name).ToList();
                if (takers.Count > 0)
                {
                    notes.Add($"'{words}' was not read: write it after the subcommand ({name} is an option of {And(takers)}).");
                    continue;
                }

                var all = Verb.Subcommands.SelectMany(c => c.Options).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-') && n != "-?");
                var suggestion = ParseErrors.Closest(name, all.Distinct(StringComparer.Ordinal));
                notes.Add(suggestion is null
                    ? $"'{words}' was not read: no subcommand of {Verb.Name} has the option {name}."
                    : $"'{words}' was not read: no subcommand of {Verb.Name} has the option {name}. Did you mean '{suggestion}'?");
            }

            return notes;
        }
    }

    /// <summary>The missing subcommand of <paramref name="parse"/>, or null when the verb has its subcommand (or needs none).</summary>
    public static MissingSubcommand? In(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return ParseErrors.Shown(parse).Select(VerbOf).FirstOrDefault(c => c is not null) is { } verb ? new MissingSubcommand(parse, verb) : null;
    }

    /// <summary>True for the errors this report replaces: the parser's own "Required command" and one about a word it did not read.</summary>
    public bool Covers(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return VerbOf(error) is not null
            || _parse.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
    }

    // The verb whose subcommand is missing: System.CommandLine reports it on the verb's own result.
    private static Command? VerbOf(ParseError error) =>
        error.SymbolResult is CommandResult { Command: { Subcommands.Count: > 0, Action: null } command }
        && error.Message.StartsWith("Required command", StringComparison.Ordinal) ? command : null;

    // The unread words in command-line order, each option-shaped word starting a group with the plain words after it.
    private List<List<string>> UnreadGroups()
    {
        var unread = _parse.UnmatchedTokens.ToList();
        var groups = new List<List<string>>();
        foreach (var token in _parse.Tokens.Where(t => t.Type == TokenType.Argument).Select(t => t.Value))
        {
            if (!unread.Remove(token))
            {
                continue;
            }

            if (OptionShapes.LooksLikeOption(token) || groups.Count == 0)
            {
                groups.Add([token]);
            }
            else
            {
                groups[^1].Add(token);
            }
        }

        return groups;
    }

    // A description's first clause: up to its first ': ', '; ' or '. ' (the rest is detail for --help).
    private static string FirstClause(string? description)
    {
        var text = description ?? string.Empty;
        var end = new[] { ": ", "; ", ". " }.Select(m => text.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        return text[..end].TrimEnd('.');
    }

    private static string And(List<string> names) =>
        names.Count < 2 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
