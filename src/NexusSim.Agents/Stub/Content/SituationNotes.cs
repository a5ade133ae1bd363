using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// States the client's own situation in the firm's words where it matters: each <c># situation:</c>
/// block of the library whose keywords the brief's situation holds (as whole words) is a fact of the
/// client's situation, stated once per draft in its first body section whose heading holds one of the
/// block's heading words and that no earlier fact took, with one of the block's sentences. Nothing of
/// the brief's text is copied: the sentence is the library's, so an instruction planted in a situation
/// can never reach a deliverable; a situation no block fits adds nothing (there is no generic
/// fallback that would quote it).
/// </summary>
internal static class SituationNotes
{
    /// <summary>The paragraphs <paramref name="heading"/> adds to state the situation's facts (each with a blank line before it).</summary>
    public static IEnumerable<string> Write(
        LibraryData data, TemplateRenderer renderer, DraftRequest request, string heading, RenderContext context, int attempt = 0,
        WordingVariator? wording = null)
    {
        foreach (var topic in For(data, request.Brief, DraftComposer.BodyHeadings(request.RequiredSections), heading))
        {
            var seed = request.Seed.ToString(CultureInfo.InvariantCulture);
            var random = DeterministicRandom.From("situation", seed, request.DeliverableId, topic.Name, attempt.ToString(CultureInfo.InvariantCulture));
            var variant = random.Pick(topic.Variants);
            if (wording is not null)
            {
                var worded = new List<string>(variant.Lines);
                wording.Vary(worded, "situation", seed, request.DeliverableId, topic.Name, attempt.ToString(CultureInfo.InvariantCulture));
                variant = variant with { Lines = worded };
            }

            yield return string.Empty;
            foreach (var line in renderer.Render(variant, context with { Random = random, Choices = random }))
            {
                yield return line;
            }
        }
    }

    /// <summary>The situation facts <paramref name="heading"/> states in a draft with <paramref name="headings"/>, in library order.</summary>
    public static IReadOnlyList<ConstraintTopic> For(LibraryData data, BriefFacts brief, IReadOnlyList<string> headings, string heading)
    {
        var result = new List<ConstraintTopic>();
        if (data.SituationTopics.Count == 0 || string.IsNullOrWhiteSpace(brief.Situation))
        {
            return result;
        }

        var situation = " " + SectionMatcher.Key(brief.Situation) + " ";
        var keyed = headings.Select(h => (Heading: h, Words: " " + SectionMatcher.Key(h) + " ")).ToList();
        var homes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in data.SituationTopics.Where(t => t.KeywordKeys.Any(k => situation.Contains(k, StringComparison.Ordinal))))
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
                result.Add(topic);
            }
        }

        return result;
    }
}
