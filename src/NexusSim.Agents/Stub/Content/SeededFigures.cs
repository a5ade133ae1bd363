using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Issue 9 items 1 and 6 for the <c>{kind:min-max}</c> figures of the content library: a figure is keyed
/// by what it states (its kind and the words that name it, e.g. <c>int|training sessions</c>), drawn
/// from the engagement's fact seed and that key (never from the section's generator), and recorded in
/// the run's fact base as a seeded engagement figure with its source entry. Two sections or
/// deliverables of one run stating the same figure in the same range therefore state one value,
/// whichever is written first (the value depends on the fact seed and the key, never on the order).
/// </summary>
internal static partial class SeededFigures
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "with", "are", "is", "was", "were", "in", "on", "for", "to", "at", "by", "from",
        "across", "over", "that", "which", "this", "per", "each", "every", "so", "as", "than", "into", "of", "our", "their",
    };

    /// <summary>The fact base's name for the figure of <paramref name="kind"/> named by <paramref name="phrase"/>.</summary>
    public static string Name(string kind, string phrase) => "figure:" + kind + "|" + phrase;

    /// <summary>
    /// The words naming the figure at <paramref name="at"/> (length <paramref name="length"/>) of <paramref name="line"/>:
    /// up to three words after it (a leading "of"/"the" skipped, stopping at a function word or punctuation),
    /// else up to three words before it; lower case. Empty when no word names it.
    /// </summary>
    public static string Phrase(string line, int at, int length)
    {
        var after = Tokens(line[(at + length)..]).ToList();
        var forward = new List<string>();
        foreach (var (word, ends) in after.SkipWhile(t => Stop.Contains(t.Word) && !t.Ends))
        {
            if (word.Length == 0 || Stop.Contains(word) || forward.Count == 3)
            {
                break;
            }

            forward.Add(word);
            if (ends)
            {
                break;
            }
        }

        if (forward.Count > 0)
        {
            return string.Join(' ', forward);
        }

        var backward = new List<string>();
        foreach (var (word, ends) in Tokens(line[..at]).Reverse().SkipWhile(t => Stop.Contains(t.Word) && !t.Ends))
        {
            if (word.Length == 0 || (ends && backward.Count > 0) || Stop.Contains(word) || backward.Count == 3)
            {
                break;
            }

            backward.Insert(0, word);
        }

        return string.Join(' ', backward);
    }

    /// <summary>
    /// The figure's value, drawn in [min, max] from the fact seed and the key alone (so it is the same whichever
    /// section, deliverable or run states it first), and recorded in the fact base under its key and range.
    /// </summary>
    public static decimal Value(RenderContext context, string kind, double min, double max, string phrase, string sourceKey)
    {
        var range = min.ToString(CultureInfo.InvariantCulture) + "-" + max.ToString(CultureInfo.InvariantCulture);
        var name = Name(kind, phrase) + "|" + range;
        if (context.Engagement.Find(name) is { } stated)
        {
            return stated.Value;
        }

        var unit = DeterministicRandom.From("figure", context.Engagement.Seed.ToString(CultureInfo.InvariantCulture), kind, phrase).NextDouble();
        var value = (decimal)(min + ((max - min) * unit));
        return context.Engagement.FindOrAdd(new Fact(
            name, value, value.ToString(CultureInfo.InvariantCulture), FactOrigin.Engagement, sourceKey,
            $"seeded engagement figure '{phrase}' ({kind}), drawn in {range} from the fact seed", [])).Value;
    }

    /// <summary>The words of <paramref name="text"/>, each with whether punctuation ends it; anything not a word (a number, a placeholder, a citation) is an empty word.</summary>
    private static IEnumerable<(string Word, bool Ends)> Tokens(string text)
    {
        // The people who do the work ({handler}, {handlers}: "planners" in one industry, "claims handlers" in
        // another) name a figure as the word they stand for, so a figure keeps its key in every industry.
        var named = text.ToLowerInvariant().Replace("{handlers}", "handlers", StringComparison.Ordinal).Replace("{handler}", "handler", StringComparison.Ordinal);
        var plain = Citation().Replace(Placeholder().Replace(named, " # "), " # ");
        foreach (var token in plain.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.TrimEnd('.', ',', ';', ':', ')', '!', '?', '*', '_');
            yield return Word().IsMatch(word) ? (word, word.Length < token.Length) : (string.Empty, true);
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[@[^\]]*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^[a-z][a-z\-']*$")]
    private static partial Regex Word();
}
