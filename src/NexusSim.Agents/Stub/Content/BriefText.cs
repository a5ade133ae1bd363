using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Brief text (untrusted, written by the client) made safe to quote inside one sentence: one line,
/// no Markdown structure (headings, table pipes, brackets), inner sentence stops turned into
/// semicolons so the quote stays inside the sentence that cites the brief, no trailing stop.
/// </summary>
internal static partial class BriefText
{
    public static string Inline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var cleaned = text.Replace('|', '/').Replace('[', '(').Replace(']', ')').Replace('#', ' ')
            .Replace('`', '\'').Replace('*', ' ').Replace('_', ' ');
        cleaned = string.Join(' ', cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        cleaned = InnerStop().Replace(cleaned, "; ");
        return cleaned.TrimEnd('.', '!', '?', ';', ',', ':', ' ');
    }

    /// <summary>
    /// The client's name as a possessive stands on it: <see cref="Inline"/>, less a closing
    /// parenthetical ("Harbourline Mutual Bank (fictional)" gives "Harbourline Mutual Bank", so the
    /// text reads "Harbourline Mutual Bank's", not "… (fictional)'s"). The full name stands in the
    /// title and the other mentions; a name that is all parenthesis is kept whole.
    /// </summary>
    public static string Possessor(string? name)
    {
        var inline = Inline(name);
        var open = inline.EndsWith(')') ? inline.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        return open > 0 ? inline[..open].TrimEnd() : inline;
    }

    /// <summary>
    /// The brief's region as the place data stays in: less a closing parenthetical ("United Kingdom (North
    /// West England)" gives "the United Kingdom"; residency is a country's or a union's rule, not a county's),
    /// with "the" before a name that takes it (United …, European …, … Kingdom, … States, … Union, … Republic,
    /// … Emirates, Netherlands, Philippines).
    /// </summary>
    public static string Jurisdiction(string? region)
    {
        var place = Possessor(region);
        return TakesThe(place) ? "the " + place : place;
    }

    /// <summary>
    /// The brief's region inside a sentence, after a word of it ("in {region}", "leaves {region}"): as written,
    /// parenthetical kept, with "the" before a name that takes it ("in the United Kingdom (North West England)",
    /// not "in United Kingdom (North West England)"; "in Atlantic Canada" unchanged).
    /// </summary>
    public static string InSentence(string? region)
    {
        var place = Inline(region);
        return TakesThe(Possessor(region)) ? "the " + place : place;
    }

    private static bool TakesThe(string place)
    {
        if (place.Length == 0 || place.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string[] starts = ["United ", "European ", "Netherlands", "Philippines", "Czech Republic", "Dominican Republic"];
        string[] words = ["Kingdom", "States", "Union", "Republic", "Emirates"];
        return starts.Any(s => place.StartsWith(s, StringComparison.Ordinal))
            || place.Split(' ').Any(w => words.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>The text with its first letter in lower case, unless it opens with an acronym or a name.</summary>
    public static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    [GeneratedRegex(@"[.!?]+[""')\]]*\s+(?=\S)")]
    private static partial Regex InnerStop();
}
