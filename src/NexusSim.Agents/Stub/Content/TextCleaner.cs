using System.Buffers;
using System.Collections.Concurrent;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// House-style edits on body lines: banned phrases rewritten (or dropped when the library has no
/// rewrite for them) glossary variants replaced by the agreed term, "a"/"an" agreeing with the figure after it and a unit after a figure of one in the singular. Used on every composed
/// draft (brief text can carry either) and by repair.
/// </summary>
internal sealed class TextCleaner(IReadOnlyList<string> bannedPhrases, IReadOnlyDictionary<string, string> rewrites)
{
    public void Clean(List<string> lines, IReadOnlyList<GlossaryTermText> glossary)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            foreach (var phrase in bannedPhrases)
            {
                line = RewritePhrase(line, phrase);
            }

            foreach (var term in glossary)
            {
                foreach (var variant in term.Variants.Where(v => !string.IsNullOrWhiteSpace(v)))
                {
                    line = NormalizeVariant(line, term.Term, variant);
                }
            }

            lines[i] = NumberNouns.Fix(NumberArticles.Fix(line));
        }
    }

    /// <summary>The line with every occurrence of the banned phrase rewritten.</summary>
    public string RewritePhrase(string line, string phrase)
    {
        if (!MayContain(line, phrase))
        {
            return line;
        }

        var found = PhraseFinder.FindAll(line, phrase);
        if (found.Count == 0)
        {
            return line;
        }

        var rewrite = rewrites.TryGetValue(phrase.ToLowerInvariant(), out var r) ? r : string.Empty;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (index, length) = found[k];
            line = line[..index] + MatchCase(line.Substring(index, length), rewrite) + line[(index + length)..];
        }

        return string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" .", ".", StringComparison.Ordinal)
            .Insert(0, new string(' ', line.Length - line.TrimStart().Length));
    }

    /// <summary>The line with the variant (outside occurrences of the term) replaced by the term.</summary>
    public static string NormalizeVariant(string line, string term, string variant)
    {
        if (!MayContain(line, variant))
        {
            return line;
        }

        var agreed = PhraseFinder.FindAll(line, term);
        var found = PhraseFinder.FindAll(line, variant)
            .Where(v => !agreed.Any(a => v.Index >= a.Index && v.Index + v.Length <= a.Index + a.Length))
            .ToList();
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (index, length) = found[k];
            line = line[..index] + MatchCase(line.Substring(index, length), term) + line[(index + length)..];
        }

        return line;
    }

    /// <summary>
    /// A cheap pre-test before the whole-phrase regex: the phrase's first word must occur in the line
    /// (in any case) for the phrase to occur.
    /// </summary>
    public static bool MayContain(string line, string phrase)
    {
        // The first whitespace-separated word, read in place (no split).
        var rest = phrase.AsSpan().TrimStart();
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        return end > 0 && line.AsSpan().ContainsAny(FirstWords.For(rest[..end]));
    }

    // Searches for a phrase's first word, made once per word: with invariant globalization an
    // OrdinalIgnoreCase Contains runs a character at a time, and this test runs for every line, banned
    // phrase and glossary variant of every draft. The words are the library's banned phrases and the
    // firms' glossary variants, so the memory is bounded; past its cap a word is searched for without it.
    private static class FirstWords
    {
        private const int Capacity = 4096;
        private static readonly ConcurrentDictionary<string, SearchValues<string>> Known = new(StringComparer.Ordinal);

        public static SearchValues<string> For(ReadOnlySpan<char> word)
        {
            var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(word, out var known))
            {
                return known;
            }

            var created = SearchValues.Create([word.ToString()], StringComparison.OrdinalIgnoreCase);
            if (Known.Count < Capacity)
            {
                // Two threads may both create one; either is the same search.
                lookup.TryAdd(word, created);
            }

            return created;
        }
    }

    /// <summary>The replacement, capitalized when the text it replaces starts with a capital.</summary>
    public static string MatchCase(string original, string replacement) =>
        original.Length > 0 && replacement.Length > 0 && char.IsUpper(original[0]) && char.IsLower(replacement[0])
            ? char.ToUpperInvariant(replacement[0]) + replacement[1..]
            : replacement;
}
