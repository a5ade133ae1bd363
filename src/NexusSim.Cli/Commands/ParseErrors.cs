using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NexusSim.Cli.Commands;

/// <summary>
/// Parse errors in words a user reads: a value of the wrong type names the type in plain English
/// (never <c>System.Nullable`1[System.UInt64]</c>), and a mistyped verb or option gets the closest
/// valid one as a suggestion (System.CommandLine's typo correction is part of the default error
/// action, which this CLI replaces with its own messages on stderr).
/// </summary>
internal static class ParseErrors
{
    /// <summary>
    /// The errors worth showing. After an unknown verb (<c>nexussim runn -o x</c>) only the verb's: the
    /// tokens after it belong to a verb the parser never reached, so they were not checked, and
    /// "unrecognized" or a suggestion for them would mislead.
    /// </summary>
    public static IReadOnlyList<ParseError> Shown(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        if (command.Subcommands.Count > 0 && command.Arguments.Count == 0
            && parse.UnmatchedTokens.FirstOrDefault() is { } first && !first.StartsWith('-')
            && parse.Errors.FirstOrDefault(e => e.Message.Contains($"'{first}'", StringComparison.Ordinal)) is { } verb)
        {
            return [verb];
        }

        return parse.Errors;
    }

    /// <summary>The error's message, with the option's value type named plainly and a "did you mean" when a token looks mistyped.</summary>
    public static string Describe(ParseError error, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(parse);
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option,
            ArgumentResult { Parent: OptionResult o } => o.Option,
            _ => null,
        };
        if (option is not null && error.Message.Contains("as expected type", StringComparison.Ordinal))
        {
            var value = ValueOf(error.SymbolResult!);
            return string.Create(CultureInfo.InvariantCulture, $"'{value}' is not {Expected(option.ValueType)}.");
        }

        foreach (var token in parse.UnmatchedTokens.Where(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)))
        {
            if (Closest(token, Candidates(parse.CommandResult.Command, token)) is { } suggestion)
            {
                return $"{error.Message} Did you mean '{suggestion}'?";
            }
        }

        return error.Message;
    }

    /// <summary>The valid verb or option closest to <paramref name="token"/>, when it is near enough to be a typo.</summary>
    public static string? Closest(string token, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bare = token.TrimStart('-');
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(bare, c.TrimStart('-'))))
            .Where(c => c.Distance <= Math.Max(1, bare.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }

    // An option for a token written as one ('-x', '--xyz'), a verb for any other: a stray value ('x', '3') is never "corrected" to '-o'.
    private static IEnumerable<string> Candidates(Command command, string token) =>
        token.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));

    private static string ValueOf(SymbolResult result) => result switch
    {
        OptionResult o => string.Join(' ', o.Tokens.Select(t => t.Value)),
        ArgumentResult a => string.Join(' ', a.Tokens.Select(t => t.Value)),
        _ => string.Empty,
    };

    private static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(ulong) ? "a whole number from 0 to 18446744073709551615"
            : t == typeof(int) ? "a whole number"
            : t == typeof(bool) ? "true or false"
            : t == typeof(double) ? "a number"
            : $"a valid {t.Name}";
    }

    // Levenshtein distance, case-insensitive.
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
