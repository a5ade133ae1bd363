using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Addresses the brief's constraints where they matter: each constraint is put under the first
/// <see cref="ConstraintTopic"/> whose keywords it contains (else the fallback topic), and a draft
/// addresses it at most once, in a body section whose heading holds one of the topic's heading words and
/// that holds no other constraint's note (<see cref="ConstraintHomes"/>), with one of the topic's sentences;
/// a constraint no free section fits is left to other deliverables. The constraint is restated through the library's
/// <c># restate:</c> wording rules, so a run does not paste the brief's sentence.
/// </summary>
internal static class ConstraintNotes
{
    /// <summary>
    /// The paragraphs <paramref name="heading"/> adds to address its constraints (each with a blank
    /// line before it), drawn from their own generators so the section's body is unchanged; a redraw
    /// (<paramref name="attempt"/> above 0, to avoid repeating a paragraph of the run) draws them again;
    /// <paramref name="wording"/>, when given, varies the note's own words as it does a section's.
    /// </summary>
    public static IEnumerable<string> Write(
        LibraryData data, TemplateRenderer renderer, DraftRequest request, string heading, RenderContext context, int attempt = 0,
        WordingVariator? wording = null)
    {
        foreach (var (constraint, topic) in For(data, request.Brief, DraftComposer.BodyHeadings(request.RequiredSections), heading))
        {
            var seed = request.Seed.ToString(CultureInfo.InvariantCulture);
            var random = NoteRandom(seed, request.DeliverableId, constraint, attempt);
            var noteContext = context with { Random = random, Constraint = Restate(data, constraint) };
            foreach (var line in TopicNotes.Write(renderer, topic, random, noteContext, wording, VariantIndex(data, request, topic, constraint, attempt), request.EngagementKey,
                "constraint", seed, request.DeliverableId, constraint, attempt.ToString(CultureInfo.InvariantCulture)))
            {
                yield return line;
            }
        }
    }

    /// <summary>The constraints <paramref name="heading"/> addresses in a draft with <paramref name="headings"/>, in brief order.</summary>
    public static IReadOnlyList<(string Constraint, ConstraintTopic Topic)> For(
        LibraryData data, BriefFacts brief, IReadOnlyList<string> headings, string heading) =>
        // One note to a section at most (two notes in a row read as one repeated, three as a pile of caveats).
        ConstraintHomes.At(
            [.. brief.Constraints.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => (c, Topic(data, c))).Where(p => p.Item2 is not null).Select(p => (p.c, p.Item2!))],
            headings,
            heading);

    private static DeterministicRandom NoteRandom(string seed, string deliverableId, string constraint, int attempt) => attempt == 0
        ? DeterministicRandom.From("constraint", seed, deliverableId, constraint)
        : DeterministicRandom.From("constraint", seed, deliverableId, constraint, attempt.ToString(CultureInfo.InvariantCulture));

    // The second and later constraints of one topic take the variants after the one the topic's first
    // constraint drew, so two notes of a topic in one draft are never one sentence said twice with
    // another parenthesis (while the topic has that many variants). The first keeps its own draw.
    private static int? VariantIndex(LibraryData data, DraftRequest request, ConstraintTopic topic, string constraint, int attempt)
    {
        var sameTopic = request.Brief.Constraints.Where(c => !string.IsNullOrWhiteSpace(c) && ReferenceEquals(Topic(data, c), topic)).ToList();
        var ordinal = sameTopic.IndexOf(constraint);
        if (ordinal <= 0)
        {
            return null;
        }

        var first = NoteRandom(request.Seed.ToString(CultureInfo.InvariantCulture), request.DeliverableId, sameTopic[0], attempt).Next(0, topic.Variants.Count);
        return first + ordinal;
    }

    /// <summary>The topic of <paramref name="constraint"/>: the first whose keywords it holds as whole words, else the fallback.</summary>
    public static ConstraintTopic? Topic(LibraryData data, string constraint)
    {
        var words = " " + SectionMatcher.Key(constraint) + " ";
        return data.ConstraintTopics.FirstOrDefault(t => t.Name != ConstraintTopic.Fallback
                && t.KeywordKeys.Any(k => words.Contains(k, StringComparison.Ordinal)))
            ?? data.ConstraintTopics.FirstOrDefault(t => t.Name == ConstraintTopic.Fallback);
    }

    /// <summary>The constraint in the firm's words: one line, the first fitting restate rule applied, first letter lower case.</summary>
    public static string Restate(LibraryData data, string constraint)
    {
        var text = BriefText.Inline(constraint);
        foreach (var (from, to) in data.Restatements)
        {
            var at = IndexOfWords(text, from);
            if (at >= 0)
            {
                // A constraint that opens on its modal ("Must map obligations…") has no subject: the work is its subject.
                var subject = at == 0 && OpensOnModal(from) ? ImpliedSubject : string.Empty;
                text = text[..at] + subject + to + text[(at + from.Length)..];
                break;
            }
        }

        return BriefText.LowerFirst(Unbracketed(text));
    }

    /// <summary>
    /// A constraint's own brackets as dashes: every note states the constraint in brackets, and
    /// "(bilingual (English and French) materials …)" nests them.
    /// </summary>
    private static string Unbracketed(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal) && !text.Contains(')', StringComparison.Ordinal))
        {
            return text;
        }

        var open = text.TrimStart('(', ' ').Replace(" (", " — ", StringComparison.Ordinal).Replace("(", "— ", StringComparison.Ordinal);
        var closed = open.Replace(") ", " — ", StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        return closed.Replace(" — ,", ",", StringComparison.Ordinal).Replace(" — ;", ";", StringComparison.Ordinal).Trim();
    }

    private const string ImpliedSubject = "the work ";

    private static readonly string[] Modals = ["must ", "may ", "should ", "shall ", "cannot ", "can ", "will ", "needs to ", "has to "];

    // A rule that is the modal alone ("must") opens on it too: its words are compared with a space after them.
    private static bool OpensOnModal(string words) => Modals.Any(m => (words + " ").StartsWith(m, StringComparison.OrdinalIgnoreCase));

    // Where the words occur as whole words, ignoring case; -1 when they do not.
    private static int IndexOfWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + words.Length == text.Length || !char.IsLetterOrDigit(text[at + words.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }
}
