using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Plants the requested defects in a clean draft and records each one. Missing sections go first
/// (so later defects land in sections that stay), then inconsistent terms, unsourced numbers and
/// clichés, then the kinds only a reviewer can see (<see cref="ReviewOnlyPlanter"/>). A defect
/// that cannot be planted (no section to drop, no glossary variant, no cited figure) is skipped and
/// not recorded.
/// </summary>
internal sealed class DefectPlanter(LibraryData data, DraftComposer composer)
{
    private static readonly DefectKind[] Order =
        [DefectKind.MissingSection, DefectKind.InconsistentTerm, DefectKind.UnsourcedNumber, DefectKind.Cliche,
            DefectKind.WrongFigure, DefectKind.MisattributedCitation, DefectKind.UnsupportedRecommendation];

    private readonly ReviewOnlyPlanter _reviewOnly = new(data, composer);

    public IReadOnlyList<PlantedDefect> Plant(DraftDocument document, DraftRequest request)
    {
        var random = DeterministicRandom.From("defects", request.Seed.ToString(CultureInfo.InvariantCulture), request.DeliverableId);
        var planted = new List<PlantedDefect>();
        foreach (var kind in Order)
        {
            for (var n = request.Defects.Count(d => d == kind); n > 0; n--)
            {
                var defect = kind switch
                {
                    DefectKind.MissingSection => DropSection(document, random),
                    DefectKind.InconsistentTerm => UseVariant(document, request, random),
                    DefectKind.UnsourcedNumber => Unsource(document, random),
                    DefectKind.WrongFigure => _reviewOnly.WrongFigure(document, random, planted),
                    DefectKind.MisattributedCitation => _reviewOnly.MisattributedCitation(document, random, planted),
                    DefectKind.UnsupportedRecommendation => _reviewOnly.UnsupportedRecommendation(document, request, random),
                    _ => InsertCliche(document, request, random, planted),
                };
                if (defect is not null)
                {
                    planted.Add(defect);
                }
            }
        }

        return planted;
    }

    private static PlantedDefect? DropSection(DraftDocument document, DeterministicRandom random)
    {
        var body = document.Body.ToList();
        if (body.Count == 0)
        {
            return null;
        }

        var section = random.Pick(body);
        document.Sections.Remove(section);
        return new PlantedDefect(DefectKind.MissingSection, section.Heading, "Section left out of the draft.");
    }

    private PlantedDefect? UseVariant(DraftDocument document, DraftRequest request, DeterministicRandom random)
    {
        var terms = request.Glossary.Where(t => t.Variants.Any(v => !string.IsNullOrWhiteSpace(v))).ToList();
        var body = document.Body.ToList();
        if (terms.Count == 0 || body.Count == 0)
        {
            return null;
        }

        var term = random.Pick(terms);
        var variant = random.Pick(term.Variants.Where(v => !string.IsNullOrWhiteSpace(v)).ToList()).Trim();
        var uses = body.SelectMany(s => s.Lines.Select((line, index) => (Section: s, Index: index, Found: PhraseFinder.FindAll(line, term.Term))))
            .Where(u => u.Found.Count > 0 && !u.Section.Lines[u.Index].TrimStart().StartsWith('#'))
            .ToList();
        if (uses.Count > 0)
        {
            var use = random.Pick(uses);
            var line = use.Section.Lines[use.Index];
            var (index, length) = use.Found[0];
            var written = TextCleaner.MatchCase(line.Substring(index, length), variant);
            use.Section.Lines[use.Index] = line[..index] + written + line[(index + length)..];
            return new PlantedDefect(DefectKind.InconsistentTerm, written, term.Term);
        }

        var target = random.Pick(body);
        var context = composer.Context(request, target.Heading, "term usage", new SourceRegistry()) with { Term = variant };
        var sentence = composer.Renderer.Render(random.Pick(data.Phrasings[LibraryData.TermUsagePhrasing]), context);
        target.Lines.Add(string.Empty);
        target.Lines.AddRange(sentence);
        return new PlantedDefect(DefectKind.InconsistentTerm, variant, term.Term);
    }

    private static PlantedDefect? Unsource(DraftDocument document, DeterministicRandom random)
    {
        var candidates = document.Body
            .SelectMany(s => TextSpans.Find(s.Lines).Select(span => (Section: s, Span: span)))
            .Where(c => !c.Span.IsTableRow)
            .Where(c =>
            {
                var text = c.Span.Of(c.Section.Lines);
                return NumberTokens.Find(text).Count > 0 && NumberTokens.Citations(text).Count > 0;
            })
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (section, span) = random.Pick(candidates);
        var line = section.Lines[span.LineIndex];
        var stripped = NumberTokens.StripCitations(span.Of(section.Lines));
        section.Lines[span.LineIndex] = line[..span.Start] + stripped + line[(span.Start + span.Length)..];
        return new PlantedDefect(DefectKind.UnsourcedNumber, NumberTokens.Find(stripped)[0], stripped.Trim());
    }

    private PlantedDefect? InsertCliche(DraftDocument document, DraftRequest request, DeterministicRandom random, List<PlantedDefect> planted)
    {
        var unused = data.Cliches.Where(c => !planted.Any(p => p.Kind == DefectKind.Cliche && p.Target == c.Phrase)).ToList();
        var body = document.Body.ToList();
        if (unused.Count == 0 || body.Count == 0)
        {
            return null;
        }

        var cliche = random.Pick(unused);
        var section = random.Pick(body);
        var context = composer.Context(request, section.Heading, "cliche", new SourceRegistry());
        var sentence = composer.Renderer.Render(random.Pick(cliche.Sentences), context)[0].Trim();
        // Not after a paragraph that ends on a colon: it introduces the table or list below it, and a sentence appended
        // there ("Trends over the last 5 weeks [S5]: The team will focus on ...") would stand between the two, and stay
        // there once a reviser rewrites the phrase.
        var paragraph = section.Lines.FindIndex(l => TextSpans.IsParagraph(l) && !l.TrimEnd().EndsWith(':'));
        if (paragraph >= 0)
        {
            section.Lines[paragraph] = section.Lines[paragraph].TrimEnd() + " " + sentence;
        }
        else
        {
            section.Lines.Add(string.Empty);
            section.Lines.Add(sentence);
        }

        var phrase = data.BannedPhrases.First(p => string.Equals(p, cliche.Phrase, StringComparison.OrdinalIgnoreCase));
        return new PlantedDefect(DefectKind.Cliche, phrase, sentence);
    }
}
