using System.Globalization;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// Reads a person's choice among an escalation's options: the option's text (any case), its number
/// in the list (1 for the first), or its first word when exactly one option starts with that word.
/// </summary>
internal static class EscalationChoice
{
    /// <summary>The option <paramref name="written"/> names, or null when it names none (or several).</summary>
    public static string? Match(string written, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(options);
        var text = written.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= options.Count ? options[number - 1] : null;
        }

        var exact = options.FirstOrDefault(o => string.Equals(o.Trim(), text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var byWord = options.Where(o => string.Equals(FirstWord(o), text, StringComparison.OrdinalIgnoreCase)).ToList();
        return byWord.Count == 1 ? byWord[0] : null;
    }

    /// <summary>
    /// Splits a piped line into the option it starts with, an optional <c>@assignee</c>, and the reason:
    /// "2 the scope was too wide", "accept with recorded risk the figures are indicative", "reassign @kael fresh eyes".
    /// The longest option text the line starts with wins; otherwise its first word is the choice.
    /// </summary>
    public static (string? Option, string? Assignee, string Reason) Parse(string line, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        var text = line.Trim();
        var whole = options
            .Where(o => text.StartsWith(o.Trim(), StringComparison.OrdinalIgnoreCase)
                && (text.Length == o.Trim().Length || char.IsWhiteSpace(text[o.Trim().Length])))
            .OrderByDescending(o => o.Trim().Length)
            .FirstOrDefault();
        string? option;
        string rest;
        if (whole is not null)
        {
            option = whole;
            rest = text[whole.Trim().Length..].Trim();
        }
        else
        {
            var first = FirstWord(text);
            option = Match(first, options);
            rest = text[first.Length..].Trim();
        }

        string? assignee = null;
        if (rest.StartsWith('@'))
        {
            var name = FirstWord(rest);
            assignee = name[1..];
            rest = rest[name.Length..].Trim();
        }

        return (option, assignee is { Length: > 0 } ? assignee : null, rest);
    }

    /// <summary>The options numbered for a prompt: "1) reassign  2) decompose …".</summary>
    public static string Numbered(IReadOnlyList<string> options) =>
        string.Join("  ", options.Select((o, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}) {o}")));

    private static string FirstWord(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        return space < 0 ? trimmed : trimmed[..space];
    }
}
