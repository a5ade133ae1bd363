using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Checks every variant at load time by writing it for a sample brief whose text carries figures:
/// placeholders and sources must be known, a paragraph must sit on one line, and every sentence or
/// table row with a figure must cite a source. Clichés must be one figure-free sentence using
/// their phrase, with a rewrite free of banned phrases; industry wording must be figure-free.
/// </summary>
internal static class LibraryValidator
{
    private static readonly BriefFacts Sample = new(
        "Sample Client",
        "Sample Industry",
        "Sample Region",
        4200,
        "Volumes grew 40% in 2024. The board wants results by Q4",
        "A 12-week assistant pilot stalled after 3 months",
        ["Go-live before the 2026 audit", "Budget capped at $1.5M"],
        900_000m);

    public static void Validate(LibraryData data)
    {
        DeclaredFacts.Check(data);
        var renderer = new TemplateRenderer(data.Sources);
        foreach (var industry in data.Industries.Append(data.GenericIndustry))
        {
            var text = string.Join(' ', industry.Processes.Append(industry.Metric).Append(industry.Unit).Append(industry.Regulation).Append(industry.Benchmark).Append(industry.Exceptions).Append(industry.Threshold).Append(industry.Customers));
            if (NumberTokens.Find(text).Count > 0)
            {
                throw new ContentLibraryException(industry.FilePath, industry.Line, $"Industry wording may not contain figures ('{NumberTokens.Find(text)[0]}'); figures need sources.");
            }
        }

        foreach (var rule in data.Regulations.Where(r => NumberTokens.Find(r.Text).Count > 0))
        {
            throw new ContentLibraryException(rule.FilePath, rule.Line, $"Regulation wording may not contain figures ('{NumberTokens.Find(rule.Text)[0]}'); figures need sources.");
        }

        foreach (var template in data.Sections.Append(data.GenericSection))
        {
            foreach (var variant in template.Variants)
            {
                CheckVariant(renderer, variant, Context(data));
            }
        }

        foreach (var variant in data.ConstraintTopics.SelectMany(t => t.Variants))
        {
            CheckVariant(renderer, variant, Context(data) with { Constraint = Sample.Constraints[0] });
        }

        foreach (var variant in data.SituationTopics.SelectMany(t => t.Variants))
        {
            CheckVariant(renderer, variant, Context(data));
        }

        // A front matter is written with each set of Key facts entries it may carry, and with the one a service line
        // no set names gets (the "*" set: without it, a phrasing that asks for entries stops with its file and line).
        foreach (var set in data.KeyFactSets)
        {
            CheckVariant(renderer, set.Entries, Context(data));
        }

        List<KeyFactSet?> keyFactSets = [.. data.KeyFactSets, null];
        foreach (var variant in data.Phrasings.Values.SelectMany(v => v))
        {
            foreach (var set in variant.Lines.Any(l => l.Contains(KeyFactSet.Placeholder, StringComparison.Ordinal)) ? keyFactSets : [null])
            {
                CheckVariant(renderer, KeyFactSet.Fill(variant, set ?? KeyFactSet.For(data.KeyFactSets, string.Empty)), Context(data));
            }
        }

        foreach (var variant in data.Phrasings[LibraryData.TermUsagePhrasing].Concat(data.Cliches.SelectMany(c => c.Sentences)))
        {
            if (variant.Lines.Any(l => l.Contains("[@", StringComparison.Ordinal)))
            {
                throw new ContentLibraryException(variant.FilePath, variant.FirstLine, "A cliché or term-usage sentence is inserted into other text and may not cite a source.");
            }
        }

        foreach (var cliche in data.Cliches)
        {
            CheckCliche(renderer, data, cliche);
        }
    }

    private static void CheckVariant(TemplateRenderer renderer, ContentVariant variant, RenderContext context)
    {
        for (var i = 1; i < variant.Lines.Count; i++)
        {
            if (TextSpans.IsParagraph(variant.Lines[i]) && TextSpans.IsParagraph(variant.Lines[i - 1]))
            {
                throw new ContentLibraryException(variant.FilePath, variant.FirstLine + i, "A paragraph must be written on one line; separate paragraphs with a blank line.");
            }
        }

        // Each alternative of every choice group is written once: the k-th rendering takes the k-th of each group.
        for (var k = 0; k < TemplateRenderer.MostAlternatives(variant.Lines); k++)
        {
            var lines = renderer.Render(variant, context with { ChoiceIndex = k });
            foreach (var span in TextSpans.Find(lines))
            {
                var text = span.Of(lines);
                if (NumberTokens.Find(text).Count > 0 && NumberTokens.Citations(text).Count == 0)
                {
                    throw new ContentLibraryException(variant.FilePath, variant.FirstLine + span.LineIndex, $"A sentence with a figure ('{NumberTokens.Find(text)[0]}') cites no source; add [@<source>] (brief text such as {{situation}} or {{pilot}} counts as a figure).");
                }
            }
        }
    }

    private static void CheckCliche(TemplateRenderer renderer, LibraryData data, ClicheEntry cliche)
    {
        var banned = data.BannedPhrases.FirstOrDefault(p => PhraseFinder.Contains(cliche.Rewrite, p));
        if (banned is not null)
        {
            throw new ContentLibraryException(cliche.Sentences[0].FilePath, cliche.Sentences[0].FirstLine, $"The rewrite of '{cliche.Phrase}' uses the banned phrase '{banned}'.");
        }

        foreach (var variant in cliche.Sentences)
        {
            var lines = renderer.Render(variant, Context(data));
            if (lines.Count != 1 || !PhraseFinder.Contains(lines[0], cliche.Phrase) || NumberTokens.Find(lines[0]).Count > 0)
            {
                throw new ContentLibraryException(variant.FilePath, variant.FirstLine, $"A cliché variant must be one figure-free line that uses '{cliche.Phrase}'.");
            }
        }
    }

    // Names and headings can carry figures ("90-Day Plan"), so the sample ones do: a sentence that
    // quotes them must cite a source.
    private static RenderContext Context(LibraryData data) => new(
        Sample,
        "Sample 90-Day Deliverable",
        "Sample Service Line",
        "Sample 90-day heading",
        data.GenericIndustry,
        FactBaseBuilder.Build(Sample, data.GenericIndustry, 0, data.DeclaredFacts),
        new DeterministicRandom(0),
        new SourceRegistry(),
        "sample term");
}
