using System.Buffers;
using System.Text.RegularExpressions;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Sentence-level variety: in each prose line of a section's template (not headings, not table rows, not text inside
/// double quotes; the composer varies the template before its placeholders are filled, so the brief's
/// words and the facts are never touched), every phrase of a <see cref="WordingSet"/> is replaced by
/// an alternative of its set drawn from the line's own generator, keeping a capital first letter. Sets
/// apply in library order, each once over the line. A set drawn per engagement names one role or body: it takes
/// the same alternative everywhere in the engagement (drawn from the engagement's key and the set's name), table
/// rows included, and its plural and possessive ("process owners", "the process owner's sign-off") follow its singular. The cleaner runs afterwards, so an alternative that
/// is a banned phrase or a glossary variant is still rewritten.
/// </summary>
internal sealed class WordingVariator
{
    private readonly IReadOnlyList<(WordingSet Set, Regex Pattern, SearchValues<string> Forms)> _sets;

    // Every form of every alternative: a line holding none of them (most lines) cannot match any set's
    // pattern, so it is left as it is without running the patterns.
    private readonly SearchValues<string> _anyForm;

    public WordingVariator(IReadOnlyList<WordingSet> sets)
    {
        _sets = [.. sets.Select(s => (s, new Regex(
            @"(?<![\p{L}\p{N}'_{-])(?:" + string.Join('|', s.Alternatives.SelectMany(Forms).OrderByDescending(a => a.Length).Select(Regex.Escape)) + ")" + (s.PerEngagement ? "(?<suffix>'s|s'|s)?" : string.Empty) + @"(?![\p{L}\p{N}'_}-])",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)),
            SearchValues.Create([.. s.Alternatives.SelectMany(Forms).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal)))];
        _anyForm = SearchValues.Create([.. sets.SelectMany(s => s.Alternatives).Where(a => a.Length > 0).SelectMany(Forms).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>
    /// Varies <paramref name="lines"/> in place; line i draws from (<paramref name="key"/>, i), a set drawn per
    /// engagement from (<paramref name="engagement"/>, the set's name).
    /// </summary>
    public void Vary(List<string> lines, string engagement, params string[] key)
    {
        if (_sets.Count == 0)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].AsSpan().TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is '#' || !trimmed.ContainsAny(_anyForm))
            {
                continue;
            }

            // A table row keeps its words, except the names a set holds for the whole engagement.
            var tableRow = trimmed[0] is '|';

            // The line's generator is made at its first match (most lines have none; the draws are the same),
            // and one evaluator serves every set of the line.
            var index = i;
            DeterministicRandom? random = null;
            WordingSet current = _sets[0].Set;
            MatchEvaluator evaluate = m => MatchCase(m.Value, current.PerEngagement
                ? DeterministicRandom.From("wording", engagement, current.Name).Pick(current.Alternatives) + m.Groups["suffix"].Value
                : (random ??= DeterministicRandom.From([.. key, "wording", index.ToString(System.Globalization.CultureInfo.InvariantCulture)])).Pick(current.Alternatives));
            var parts = lines[i].Contains('"', StringComparison.Ordinal) ? lines[i].Split('"') : [lines[i]];
            for (var p = 0; p < parts.Length; p += 2)
            {
                foreach (var (set, pattern, forms) in _sets)
                {
                    // A set's pattern can match only where one of its forms occurs (after the sets before it).
                    if ((tableRow && !set.PerEngagement) || !parts[p].AsSpan().ContainsAny(forms))
                    {
                        continue;
                    }

                    current = set;
                    parts[p] = pattern.Replace(parts[p], evaluate);
                }
            }

            lines[i] = parts.Length == 1 ? parts[0] : string.Join('"', parts);
        }
    }

    private static IEnumerable<string> Forms(string phrase) =>
        char.IsLower(phrase[0]) ? [phrase, char.ToUpperInvariant(phrase[0]) + phrase[1..]] : [phrase];

    private static string MatchCase(string found, string replacement) =>
        char.IsUpper(found[0]) && char.IsLower(replacement[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
}
