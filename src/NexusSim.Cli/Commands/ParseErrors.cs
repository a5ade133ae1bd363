using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Cli.Commands;

/// <summary>
/// Parse errors in words a user reads: a value of the wrong type names the type in plain English
/// (never <c>System.Nullable`1[System.UInt64]</c>), a mistyped verb or option gets the closest valid
/// one as a suggestion (System.CommandLine's typo correction is part of the default error action,
/// which this CLI replaces with its own messages on stderr), and a mistyped option is one error:
/// the value written after it is not reported again as an unrecognized word of its own.
/// </summary>
internal static class ParseErrors
{
    /// <summary>
    /// One line per problem (without the "error:" prefix), each naming the option it is about; a missing
    /// subcommand, and the words after its verb that nothing read, are <see cref="MissingSubcommand"/>'s to report.
    /// </summary>
    public static IReadOnlyList<string> Messages(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var errors = Shown(parse);
        var mistyped = new MistypedOptions(parse, errors);
        var messages = new List<string>();
        var saidOptions = new HashSet<SymbolResult>();
        var missing = MissingSubcommand.In(parse);
        foreach (var error in errors)
        {
            if (missing is not null && missing.Covers(error))
            {
                continue;
            }

            if (error.SymbolResult is ArgumentResult { Parent: CommandResult } argument && argument.Tokens.Any(t => OptionShapes.LooksLikeOption(t.Value)))
            {
                messages.AddRange(argument.Tokens.Where(t => OptionShapes.LooksLikeOption(t.Value)).Select(t => mistyped.Message(t.Value)));
                continue;
            }

            if (Option(error) is { } option)
            {
                // One line per option, however many validators it failed ('-v -q' is not a level either).
                if (saidOptions.Add(option.Result))
                {
                    messages.Add($"{option.Option.Name}: {DescribeOption(error, option.Option, option.Result)}");
                }

                continue;
            }

            if (MissingArguments.Describe(error) is { } missingArgument)
            {
                messages.Add(missingArgument);
                continue;
            }

            var token = parse.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            if (token is not null && mistyped.Words.Contains(token))
            {
                messages.Add(mistyped.Message(token));
            }
            else if (token is null || !mistyped.IsAside(token))
            {
                messages.Add(Describe(error, parse));
            }
        }

        return [.. messages.Distinct(StringComparer.Ordinal)];
    }

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

    /// <summary>The error's message, with the option's value type named plainly and a "did you mean" when a word looks like a mistyped verb.</summary>
    public static string Describe(ParseError error, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(parse);
        if (Option(error) is { } option)
        {
            return DescribeOption(error, option.Option, option.Result);
        }

        foreach (var token in parse.UnmatchedTokens.Where(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)))
        {
            if (Closest(token, Candidates(parse.CommandResult, token)) is { } suggestion)
            {
                return $"{error.Message} Did you mean '{suggestion}'?";
            }
        }

        return error.Message;
    }

    /// <summary>
    /// The valid verb or option closest to <paramref name="token"/> by <see cref="EditDistance"/>, when it
    /// is near enough to be a typo: within 2 for a name of four letters or more, 1 for three, and only
    /// a difference of case for one or two (so '-x' is not "corrected" to some one-letter alias).
    /// </summary>
    public static string? Closest(string token, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(candidates);
        var bare = token.TrimStart('-');
        var allowed = bare.Length >= 4 ? 2 : bare.Length == 3 ? 1 : 0;
        var best = candidates
            .Select(c => (Name: c, Distance: EditDistance.Between(bare, c.TrimStart('-'))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name.Length)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }

    /// <summary>The option an error is about (its value's or its own), or null.</summary>
    internal static (Option Option, OptionResult Result)? Option(ParseError error) => error.SymbolResult switch
    {
        OptionResult o => (o.Option, o),
        ArgumentResult { Parent: OptionResult o } => (o.Option, o),
        _ => null,
    };

    private static string DescribeOption(ParseError error, Option option, OptionResult result)
    {
        if (result.Tokens.FirstOrDefault(t => OptionShapes.LooksLikeOption(t.Value)) is { } word)
        {
            return OptionShapes.NoValue(option, word.Value);
        }

        if (result.Tokens.Count == 0 && error.Message.StartsWith("Required argument missing", StringComparison.Ordinal))
        {
            return OptionShapes.NoValue(option, null);
        }

        if (error.Message.Contains("as expected type", StringComparison.Ordinal))
        {
            var value = string.Join(' ', result.Tokens.Select(t => t.Value));
            return string.Create(CultureInfo.InvariantCulture, $"'{value}' is not {Expected(option.ValueType)}.");
        }

        return error.Message;
    }

    // An option for a word written as one ('-x', '--xyz'), a verb for any other: a stray value ('x', '3') is never "corrected" to '-o'.
    private static IEnumerable<string> Candidates(CommandResult command, string token) =>
        token.StartsWith('-')
            ? OptionShapes.NamesAt(command)
            : command.Command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));

    private static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(ulong) ? "a whole number from 0 to 18446744073709551615"
            : t == typeof(int) ? "a whole number"
            : t == typeof(bool) ? "true or false"
            : t == typeof(double) ? "a number"
            : $"a valid {t.Name}";
    }
}
