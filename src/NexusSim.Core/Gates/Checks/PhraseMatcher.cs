using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace NexusSim.Core.Gates;

/// <summary>
/// Whole-phrase, case-insensitive matching: the phrase's words in order, any run of whitespace
/// between them, and no letter or digit glued to either end (so "synergy" is found in "real
/// synergy." but not in "synergyx" or "antisynergy").
/// A phrase whose first word is ASCII is first looked for as that word alone (one vectorized
/// search, see <see cref="MayOccur"/>): where it is absent the phrase cannot occur, and its pattern
/// is not run.
/// </summary>
public static class PhraseMatcher
{
    /// <summary>At most this many phrases keep their built pattern; more are built on each use.</summary>
    public const int MaxCachedPhrases = 1024;

    // Building a pattern costs far more than matching it, and the phrases are the firm's banned list
    // and glossary (a few dozen): each is compiled once and then matched against every deliverable,
    // kept with the search for its first word (null when that word is not ASCII: the pattern alone
    // decides).
    private static readonly ConcurrentDictionary<string, Phrase> Phrases = new(StringComparer.Ordinal);

    // The one character the patterns' case-insensitive matching takes for an ASCII letter and an
    // ordinal case-insensitive search does not: the Kelvin sign matches "k" (PhraseMatcherScreenTests
    // checks every character against every ASCII letter).
    private const char KelvinSign = '\u212A';

    /// <summary>How many phrases keep their built pattern (for tests of the cap).</summary>
    public static int CachedPhrases => Phrases.Count;

    /// <summary>Each place the phrase occurs, as (index, length) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Index, int Length)> FindAll(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        return Of(phrase) is { } built && built.MayOccurIn(text) ? built.Pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList() : [];
    }

    /// <summary>True when the phrase occurs in the text.</summary>
    public static bool Contains(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        return Of(phrase) is { } built && built.MayOccurIn(text) && built.Pattern.IsMatch(text);
    }

    /// <summary>
    /// False only when <paramref name="phrase"/> cannot occur in <paramref name="text"/>: its first word,
    /// when ASCII, is nowhere in the text in any case. True otherwise (the pattern decides).
    /// </summary>
    public static bool MayOccur(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        return Of(phrase)?.MayOccurIn(text) ?? false;
    }

    // The phrase's pattern and first-word search; null for a phrase with no word.
    private static Phrase? Of(string phrase)
    {
        if (Phrases.TryGetValue(phrase, out var kept))
        {
            return kept;
        }

        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var firstWord = Ascii.IsValid(words[0]) ? SearchValues.Create([words[0]], StringComparison.OrdinalIgnoreCase) : null;
        if (Phrases.Count >= MaxCachedPhrases)
        {
            return new Phrase(new Regex(pattern, Options, TimeSpan.FromSeconds(1)), firstWord);
        }

        // Kept patterns are compiled: same matches, built once, matched against every deliverable.
        return Phrases.GetOrAdd(phrase, new Phrase(new Regex(pattern, Options | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), firstWord));
    }

    private sealed record Phrase(Regex Pattern, SearchValues<string>? FirstWord)
    {
        public bool MayOccurIn(string text) =>
            FirstWord is null || text.AsSpan().IndexOfAny(FirstWord) >= 0 || text.Contains(KelvinSign);
    }
}
