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
            var draft = attempt.ToString(CultureInfo.InvariantCulture);
            var random = DeterministicRandom.From("situation", seed, request.DeliverableId, topic.Name, draft);
            foreach (var line in TopicNotes.Write(renderer, topic, random, context with { Random = random, Choices = random }, wording, null, request.EngagementKey,
                "situation", seed, request.DeliverableId, topic.Name, draft))
            {
                yield return line;
            }
        }
    }

    /// <summary>The situation facts <paramref name="heading"/> states in a draft with <paramref name="headings"/>, in library order.</summary>
    public static IReadOnlyList<ConstraintTopic> For(LibraryData data, BriefFacts brief, IReadOnlyList<string> headings, string heading)
    {
        if (data.SituationTopics.Count == 0 || string.IsNullOrWhiteSpace(brief.Situation))
        {
            return [];
        }

        var situation = " " + SectionMatcher.Key(brief.Situation) + " ";
        var facts = data.SituationTopics.Where(t => t.KeywordKeys.Any(k => situation.Contains(k, StringComparison.Ordinal)));
        return [.. TopicNotes.HomedAt(facts.Select(t => (t, t)), headings, heading).Select(p => p.Topic)];
    }
}
