using System.Text.RegularExpressions;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Fixes exactly the issues named by the deterministic checks, and a reviewer's or a rejecting human's
/// notes that quote their text and say what to write instead (see <see cref="ReviewFix"/>), and a
/// human's rejection otherwise by the reason it gives (see <see cref="RejectionNote"/>); other reviewer notes are left to the
/// author's judgement and not touched. It writes missing or empty sections, puts
/// sections in order, cites unsourced figures (with the source the clean draft used, else the
/// engagement working papers), lists missing sources, rewrites banned phrases, replaces glossary
/// variants and restores drifted key facts.
/// </summary>
internal sealed partial class DraftRepairer(DraftComposer composer)
{
    public DraftDocument Repair(string markdown, IReadOnlyList<FeedbackItem> issues, DraftRequest request)
    {
        var document = DraftDocument.Parse(markdown);
        var clean = composer.Compose(request with { Defects = [] });
        var sources = document.Sources is null ? clean.ListedSources() : document.ListedSources();
        foreach (var issue in issues.Where(i => i.Is(FeedbackItem.Structure)))
        {
            FixStructure(document, issue, request, sources);
        }

        foreach (var issue in issues.Where(i => i.Is(FeedbackItem.Consistency) || i.Is(FeedbackItem.Voice)))
        {
            FixWording(document, issue, request, clean);
        }

        foreach (var issue in issues.Where(i => i.Is(FeedbackItem.Evidence)))
        {
            FixEvidence(document, issue, request, clean, sources);
        }

        foreach (var issue in issues.Where(i => i.Is(FeedbackItem.Review)))
        {
            // A human's note that quotes its words and says what to write instead is applied as a reviewer's is:
            // exact instructions before free text.
            if (!ReviewFix.Acts(issue) && RejectionNote.ReasonOf(issue) is { } reason)
            {
                // Other words for the same facts: the draft's own seed mixed with the reason, the fact base's seed kept.
                var again = request with
                {
                    Seed = StableHash.Seed(request.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "rejection\n" + reason),
                    FactSeed = request.FactSeed ?? request.Seed,
                };
                RejectionNote.Apply(document, reason, heading => composer.WriteSection(again, heading, sources));
            }
            else
            {
                ReviewFix.Apply(document, issue);
            }
        }

        document.SetSources(sources);
        return document;
    }

    private void FixStructure(DraftDocument document, FeedbackItem issue, DraftRequest request, SourceRegistry sources)
    {
        var target = issue.Target ?? string.Empty;
        if (issue.Message.StartsWith("Missing title", StringComparison.Ordinal))
        {
            document.Title = $"{BriefText.Inline(request.DeliverableName)}: {BriefText.Inline(request.Brief.Client)}";
        }
        else if (issue.Message == "Missing section" && !DraftDocument.Normalize(target).Equals("sources", StringComparison.Ordinal)
            && target.Length > 0 && document.Find(target) is null)
        {
            Insert(document, composer.WriteSection(request, target, sources), request.RequiredSections);
        }
        else if (issue.Message == "Empty section" && document.Find(target) is { IsSources: false } empty)
        {
            empty.Lines.Clear();
            empty.Lines.AddRange(composer.WriteSection(request, empty.Heading, sources).Lines);
        }
        else if (issue.Message.StartsWith("Duplicated section", StringComparison.Ordinal))
        {
            var first = document.Find(target);
            document.Sections.RemoveAll(s => s != first && s.Normalized == DraftDocument.Normalize(target));
        }
        else if (issue.Message.StartsWith("Section out of order", StringComparison.Ordinal))
        {
            var order = DraftComposer.BodyHeadings(request.RequiredSections).Select(DraftDocument.Normalize).ToList();
            var sorted = document.Body
                .Select((s, i) => (Section: s, Rank: order.IndexOf(s.Normalized) is var r and >= 0 ? r : order.Count + i))
                .OrderBy(x => x.Rank)
                .Select(x => x.Section)
                .ToList();
            document.Sections.RemoveAll(s => !s.IsSources);
            document.Sections.InsertRange(0, sorted);
        }
    }

    private void FixWording(DraftDocument document, FeedbackItem issue, DraftRequest request, DraftDocument clean)
    {
        var target = issue.Target ?? string.Empty;
        if (issue.Is(FeedbackItem.Voice) && target.Length > 0)
        {
            // A sentence the author never meant to write (not in the clean draft) is cut; the phrase is rewritten wherever else it stands.
            MeantText.CutUnmeant(document, clean, target);
            Edit(document, line => composer.Cleaner.RewritePhrase(line, target));
            document.Title = composer.Cleaner.RewritePhrase(document.Title, target);
        }
        else if (issue.Message.StartsWith("Forbidden variant", StringComparison.Ordinal) && target.Length > 0)
        {
            var quoted = QuotedTerm().Match(issue.Message);
            var term = request.Glossary.FirstOrDefault(t => t.Variants.Contains(target, StringComparer.OrdinalIgnoreCase))?.Term
                ?? (quoted.Success ? quoted.Groups[1].Value : null);
            if (term is not null)
            {
                MeantText.CutUnmeant(document, clean, target);
                Edit(document, line => TextCleaner.NormalizeVariant(line, term, target));
                MeantText.KeepMeantCase(document, clean);
            }
        }
        else if (DriftMessage().Match(issue.Message) is { Success: true } drift && target.Length > 0)
        {
            for (var i = 0; i < document.Front.Count; i++)
            {
                document.Front[i] = KeyFactsEditor.SetValue(document.Front[i], target, drift.Groups[1].Value);
            }
        }
    }

    private void FixEvidence(DraftDocument document, FeedbackItem issue, DraftRequest request, DraftDocument clean, SourceRegistry sources)
    {
        var target = issue.Target ?? string.Empty;
        if (issue.Message.StartsWith("Citation to a missing source", StringComparison.Ordinal)
            && target.Length > 1 && int.TryParse(target.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var number)
            && sources.Describe(number) is null)
        {
            sources.Add(number, Fallback(request, sources));
            return;
        }

        if (!issue.Message.StartsWith("Unsourced figure", StringComparison.Ordinal))
        {
            return;
        }

        var known = CitedSentences(clean);
        foreach (var lines in document.Body.Select(s => s.Lines).Prepend(document.Front))
        {
            foreach (var span in TextSpans.Find(lines).Reverse())
            {
                var text = span.Of(lines);
                if (!CitationEditor.IsUnsourced(text, target))
                {
                    continue;
                }

                var line = lines[span.LineIndex];
                if (known.TryGetValue(Key(text), out var cited))
                {
                    // The clean sentence comes back with every citation where it stood (a figure set against peers keeps its
                    // benchmark source; a clause cited mid-sentence keeps its marker), numbered as this draft lists the sources.
                    var restored = NumberTokens.RenumberCitations(cited.Text, n => sources.Cite(cited.Registry.Describe(n)!));
                    lines[span.LineIndex] = line[..span.Start] + restored + line[(span.Start + span.Length)..];
                }
                else
                {
                    lines[span.LineIndex] = CitationEditor.Cite(line, span, sources.Cite(Fallback(request, sources)));
                }
            }
        }
    }

    private string Fallback(DraftRequest request, SourceRegistry sources)
    {
        var context = composer.Context(request, request.DeliverableName, "repair", sources);
        return composer.Renderer.DescribeSource(LibraryData.FallbackSource, context, "(repair)", 0);
    }

    private static Dictionary<string, (string Text, SourceRegistry Registry)> CitedSentences(DraftDocument clean)
    {
        var registry = clean.ListedSources();
        var known = new Dictionary<string, (string Text, SourceRegistry Registry)>(StringComparer.Ordinal);
        foreach (var lines in clean.Body.Select(s => s.Lines).Prepend(clean.Front))
        {
            foreach (var span in TextSpans.Find(lines))
            {
                var text = span.Of(lines);
                var citations = NumberTokens.Citations(text);
                if (citations.Count > 0 && citations.All(n => registry.Describe(n) is not null))
                {
                    known.TryAdd(Key(text), (text, registry));
                }
            }
        }

        return known;
    }

    private static string Key(string text) => DraftDocument.Normalize(NumberTokens.StripCitations(text));

    private static void Edit(DraftDocument document, Func<string, string> edit)
    {
        foreach (var lines in document.Body.Select(s => s.Lines).Prepend(document.Front))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                lines[i] = edit(lines[i]);
            }
        }
    }

    private static void Insert(DraftDocument document, DraftSection section, IReadOnlyList<string> required)
    {
        var order = DraftComposer.BodyHeadings(required).Select(DraftDocument.Normalize).ToList();
        var wanted = order.IndexOf(section.Normalized);
        var index = document.Sections.FindIndex(s => s.IsSources || (wanted >= 0 && order.IndexOf(s.Normalized) > wanted));
        document.Sections.Insert(index < 0 ? document.Sections.Count : index, section);
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedTerm();

    [GeneratedRegex(@"^Key figure drift: .*? here, (.*?) in ")]
    private static partial Regex DriftMessage();
}
