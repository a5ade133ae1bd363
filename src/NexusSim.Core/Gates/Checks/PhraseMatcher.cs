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
    // and glossary (a few dozen): each is compiled once and then matched against every deliverable.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // The first word of each kept phrase, as a case-insensitive search (null when that word is not
    // ASCII, and the pattern alone decides). Kept beside the patterns, under the same cap.
    private static readonly ConcurrentDictionary<string, SearchValues<string>?> FirstWords = new(StringComparer.Ordinal);

    // The one character the patterns' case-insensitive matching takes for an ASCII letter and an
    // ordinal case-insensitive search does not: the Kelvin sign matches "k" (PhraseMatcherScreenTests
    // checks every character against every ASCII letter).
    private const char KelvinSign = '\u212A';

    /// <summary>Each place the phrase occurs, as (index, length) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Index, int Length)> FindAll(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var regex = Pattern(phrase);
        return regex is null || !MayOccur(text, phrase) ? [] : regex.Matches(text).Select(m => (m.Index, m.Length)).ToList();
    }

    /// <summary>
    /// False only when <paramref name="phrase"/> cannot occur in <paramref name="text"/>: its first word,
    /// when ASCII, is nowhere in the text in any case. True otherwise (the pattern decides).
    /// </summary>
    public static bool MayOccur(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var firstWord = FirstWords.TryGetValue(phrase, out var kept) ? kept : FirstWordSearch(phrase);
        return firstWord is null || text.AsSpan().IndexOfAny(firstWord) >= 0 || text.Contains(KelvinSign);
    }

    private static SearchValues<string>? FirstWordSearch(string phrase)
    {
        var trimmed = phrase.AsSpan().TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed[..end];
        var search = word.IsEmpty || !Ascii.IsValid(word) ? null : SearchValues.Create([word.ToString()], StringComparison.OrdinalIgnoreCase);
        if (FirstWords.Count < MaxCachedPhrases)
        {
            FirstWords.TryAdd(phrase, search);
        }

        return search;
    }

    /// <summary>How many phrases keep their built pattern (for tests of the cap).</summary>
    public static int CachedPhrases => Patterns.Count;

    private static Regex? Pattern(string phrase)
    {
        if (Patterns.TryGetValue(phrase, out var cached))
        {
            return cached;
        }

        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        if (Patterns.Count >= MaxCachedPhrases)
        {
            return new Regex(pattern, Options, TimeSpan.FromSeconds(1));
        }

        // Kept patterns are compiled: same matches, built once, matched against every deliverable.
        var regex = new Regex(pattern, Options | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        return Patterns.GetOrAdd(phrase, regex);
    }

    /// <summary>True when the phrase occurs in the text.</summary>
    public static bool Contains(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        return Pattern(phrase) is { } regex && MayOccur(text, phrase) && regex.IsMatch(text);
    }
}
