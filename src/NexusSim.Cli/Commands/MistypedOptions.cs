using System.CommandLine;
using System.CommandLine.Parsing;

namespace NexusSim.Cli.Commands;

/// <summary>
/// The words of a command line that look like options no option took ('--sede' of 'run --sede 3'),
/// left unmatched or taken by a verb's argument (PATH, FILE, RUN), and the words said with them: the
/// value written right after one ('3'), and a plain word a verb's argument would have taken had an
/// option-shaped word not taken its place ('r' of 'audit verify --public-kye k r'). Each mistyped
/// option is one error; the words with it are not reported again as strays.
/// </summary>
internal sealed class MistypedOptions
{
    private readonly ParseResult _parse;
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _displaced;

    public MistypedOptions(ParseResult parse, IReadOnlyList<ParseError> errors)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(errors);
        _parse = parse;
        Words = parse.UnmatchedTokens.Where(OptionShapes.LooksLikeOption).ToHashSet(StringComparer.Ordinal);
        foreach (var argument in Arguments(errors))
        {
            Words.UnionWith(argument.Tokens.Select(t => t.Value).Where(OptionShapes.LooksLikeOption));
        }

        // An option-shaped word an option took as its value ('-o' of '--brief -o x') has a value after it too.
        var takenAsValues = errors.Select(ParseErrors.Option).OfType<(Option Option, OptionResult Result)>()
            .SelectMany(o => o.Result.Tokens.Select(t => t.Value)).Where(OptionShapes.LooksLikeOption);
        _values = ValuesAfter(parse, [.. Words, .. takenAsValues]);
        _displaced = Displaced(parse, errors, _values);
    }

    /// <summary>The option-shaped words no option took.</summary>
    public HashSet<string> Words { get; }

    /// <summary>True for a word said with a mistyped option (its value, or a word it displaced), not a stray of its own.</summary>
    public bool IsAside(string token) => _values.ContainsValue(token) || _displaced.Contains(token);

    /// <summary>"Unrecognized option '--sede'. Did you mean '--seed'? The value after it, '3', was not read either."</summary>
    public string Message(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var suggestion = ParseErrors.Closest(OptionShapes.NameOf(token), OptionShapes.NamesAt(_parse.CommandResult));
        var text = $"Unrecognized option '{token}'.";
        if (suggestion is not null)
        {
            text += $" Did you mean '{suggestion}'?";
        }

        _values.TryGetValue(token, out var value);
        if (value is not null)
        {
            text += $" The value after it, '{value}', was not read either.";
        }

        // Before a verb ('nexussim -q'): the option may be a verb's, written ahead of it.
        var name = OptionShapes.NameOf(token);
        var holders = _parse.CommandResult.Command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (Verb: c.Name, Option: c.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name))))
            .Where(h => h.Option is not null).ToList();
        var verbs = holders.Select(h => h.Verb).ToList();
        if (suggestion is null && verbs.Count > 0)
        {
            // An on/off option written with a value it does not take ('--faults=yes'): the example writes it bare.
            var written = FlagValues.IsOnOff(holders[0].Option!) && token.Length > name.Length && !bool.TryParse(token[(name.Length + 1)..], out _) ? name : token;
            var example = string.Join(' ', new[] { "nexussim", verbs[0], written, value }.OfType<string>());
            var list = verbs.Count < 2 ? verbs[0] : $"{string.Join(", ", verbs.Take(verbs.Count - 1))} or {verbs[^1]}";
            text += $" {name} is an option of {list}: write the verb first ({example}).";
        }

        return text;
    }

    private static IEnumerable<ArgumentResult> Arguments(IReadOnlyList<ParseError> errors) =>
        errors.Select(e => e.SymbolResult).OfType<ArgumentResult>().Where(a => a.Parent is CommandResult);

    // A mistyped option's value: the plain word right after it. It may have been left unmatched or taken by
    // a verb's argument ('x' of 'runs diff --otu x a b'): either way it is the option's value.
    private static Dictionary<string, string> ValuesAfter(ParseResult parse, HashSet<string> mistyped)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = parse.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            var next = tokens[i + 1];
            if (tokens[i].Type == TokenType.Argument && mistyped.Contains(word) && !word.Contains('=', StringComparison.Ordinal)
                && next.Type == TokenType.Argument && !OptionShapes.LooksLikeOption(next.Value) && !values.ContainsKey(word))
            {
                values[word] = next.Value;
            }
        }

        return values;
    }

    // The plain unmatched words that fill the argument slots option-shaped words and their values took.
    private static HashSet<string> Displaced(ParseResult parse, IReadOnlyList<ParseError> errors, Dictionary<string, string> values)
    {
        var folded = values.Values.ToList();
        var plain = parse.UnmatchedTokens.Where(t => !OptionShapes.LooksLikeOption(t) && !folded.Remove(t)).ToList();
        // One slot for each option-shaped word an argument took, and one for each value an argument took (left in folded).
        var slots = Arguments(errors).Sum(a => a.Tokens.Count(t => OptionShapes.LooksLikeOption(t.Value))) + folded.Count;
        return [.. plain.Take(slots)];
    }
}
