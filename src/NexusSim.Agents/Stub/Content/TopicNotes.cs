using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// What constraint notes and situation notes share: where a note goes (its home section) and how one
/// is written (a variant of its topic, its words varied, rendered after a blank line).
/// </summary>
internal static class TopicNotes
{
    /// <summary>
    /// The items whose home is <paramref name="heading"/>: each item, in order, goes to the first of
    /// <paramref name="headings"/> that holds one of its topic's heading words and that no earlier item
    /// took, else to the first that holds one; an item no heading fits goes nowhere.
    /// </summary>
    public static IReadOnlyList<(T Item, ConstraintTopic Topic)> HomedAt<T>(
        IEnumerable<(T Item, ConstraintTopic Topic)> items, IReadOnlyList<string> headings, string heading)
    {
        var result = new List<(T, ConstraintTopic)>();
        var keyed = headings.Select(h => (Heading: h, Words: " " + SectionMatcher.Key(h) + " ")).ToList();
        var homes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, topic) in items)
        {
            var fitting = keyed.Where(h => topic.HeadingKeys.Any(w => h.Words.Contains(w, StringComparison.Ordinal)))
                .Select(h => DraftDocument.Normalize(h.Heading)).ToList();
            if ((fitting.FirstOrDefault(h => !homes.Contains(h)) ?? fitting.FirstOrDefault()) is not { } home)
            {
                continue;
            }

            homes.Add(home);
            if (home == DraftDocument.Normalize(heading))
            {
                result.Add((item, topic));
            }
        }

        return result;
    }

    /// <summary>
    /// One note: a blank line, then a variant of <paramref name="topic"/> drawn by <paramref name="random"/>
    /// (or, when <paramref name="variantIndex"/> is given, that variant, the draw still made so the note's
    /// later draws are the same), its words varied by <paramref name="wording"/> (when given) under
    /// <paramref name="wordingKey"/> (and <paramref name="engagement"/> for the sets drawn once per engagement), rendered with <paramref name="context"/>.
    /// </summary>
    public static IEnumerable<string> Write(
        TemplateRenderer renderer, ConstraintTopic topic, DeterministicRandom random, RenderContext context, WordingVariator? wording, int? variantIndex, string engagement, params string[] wordingKey)
    {
        yield return string.Empty;
        var drawn = random.Next(0, topic.Variants.Count);
        var variant = topic.Variants[(variantIndex ?? drawn) % topic.Variants.Count];
        if (wording is not null)
        {
            var worded = new List<string>(variant.Lines);
            wording.Vary(worded, engagement, wordingKey);
            variant = variant with { Lines = worded };
        }

        foreach (var line in renderer.Render(variant, context))
        {
            yield return line;
        }
    }
}
