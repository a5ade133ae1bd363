using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Writes a clean draft: the title, the front matter (with the Key facts line), one section per
/// required heading (Sources excluded, repeats written once) and the Sources list. Each section
/// draws its phrasing and figures from its own generator (seed, deliverable, heading), so a
/// section reads the same whether it is written with the draft or later by repair.
/// </summary>
internal sealed class DraftComposer(LibraryData data)
{
    private readonly TemplateRenderer _renderer = new(data.Sources);
    private readonly TextCleaner _cleaner = new(data.BannedPhrases, data.Rewrites);
    private readonly WordingVariator _wording = new(data.Wordings);
    private readonly SectionMatcher _sections = new(data);

    public TemplateRenderer Renderer => _renderer;

    public TextCleaner Cleaner => _cleaner;

    /// <summary>The section templates of this composer's library, matched once per heading.</summary>
    public SectionMatcher Sections => _sections;

    /// <summary>
    /// The profile for <paramref name="brief"/>'s industry: of the profiles whose keywords its industry holds,
    /// the one whose processes its situation and stalled pilot name most (a hospital brief about discharge
    /// planning is written with the profile that has discharge planning), ties to the earlier in file order;
    /// else the generic profile.
    /// </summary>
    public IndustryProfile IndustryFor(BriefFacts brief)
    {
        var words = SectionMatcher.Key(brief.Industry).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fitting = data.Industries.Where(i => i.Keywords
                .Select(SectionMatcher.Key)
                .Any(k => k.Contains(' ', StringComparison.Ordinal)
                    ? (" " + string.Join(' ', words) + " ").Contains(" " + k + " ", StringComparison.Ordinal)
                    : words.Any(w => w == k || (k.Length >= 5 && w.StartsWith(k, StringComparison.Ordinal)))))
            .ToList();
        return fitting.Count == 0
            ? data.GenericIndustry
            : fitting.Select((profile, order) => (Profile: profile, Order: order, Named: BriefProcesses.Named(profile.Processes, brief).Count))
                .OrderByDescending(p => p.Named).ThenBy(p => p.Order).First().Profile;
    }

    public DraftDocument Compose(DraftRequest request)
    {
        var sources = new SourceRegistry();
        var document = new DraftDocument { Title = $"{BriefText.Inline(request.DeliverableName)}: {BriefText.Inline(request.Brief.Client)}" };
        var front = Context(request, request.DeliverableName, "front matter", sources);
        // The Key facts entries are the service line's own (a readiness score on an assessment, obligations on a framework).
        var frontMatter = KeyFactSet.Fill(front.Random.Pick(data.Phrasings[LibraryData.FrontMatterPhrasing]), KeyFactSet.For(data.KeyFactSets, request.ServiceLineName));
        document.Front.AddRange(_renderer.Render(frontMatter, front));
        _cleaner.Clean(document.Front, request.Glossary);
        foreach (var heading in BodyHeadings(request.RequiredSections))
        {
            document.Sections.Add(WriteSection(request, heading, sources));
        }

        document.SetSources(sources);
        return document;
    }

    /// <summary>
    /// One section, its citations numbered through <paramref name="sources"/>. When the request carries the
    /// run's <see cref="DraftRequest.Written"/> paragraphs, a draw that would repeat a paragraph another
    /// section wrote is redrawn (variant, choices and figures keyed by the attempt), up to
    /// <see cref="MaxRedraws"/> times; if every draw repeats, the draws are tried again without the
    /// section's constraint notes (a repeated note means the run has addressed that constraint already
    /// in those words); if those repeat too, the first draw stands.
    /// </summary>
    public DraftSection WriteSection(DraftRequest request, string heading, SourceRegistry sources)
    {
        var template = _sections.Find(heading, request.ServiceLineName);
        var owner = request.DeliverableId + "\n" + DraftDocument.Normalize(heading);
        (List<string> Lines, SourceRegistry Sources)? first = null;
        foreach (var withNotes in new[] { true, false })
        {
            for (var attempt = 0; attempt <= MaxRedraws; attempt++)
            {
                var trial = sources.Copy();
                var lines = Draw(request, heading, template, trial, attempt, withNotes);
                first ??= (lines, trial);
                if (request.Written is null || !request.Written.AnyTakenByOther(lines, owner))
                {
                    return Keep(request, heading, owner, lines, trial, sources);
                }
            }
        }

        return Keep(request, heading, owner, first!.Value.Lines, first.Value.Sources, sources);
    }

    /// <summary>How many times a section is redrawn to avoid repeating a paragraph of the run.</summary>
    public const int MaxRedraws = 8;

    private List<string> Draw(DraftRequest request, string heading, SectionTemplate template, SourceRegistry sources, int attempt, bool withNotes)
    {
        var part = DraftDocument.Normalize(heading) + (attempt == 0 ? string.Empty : "#redraw" + attempt.ToString(CultureInfo.InvariantCulture));
        var context = Context(request, heading, part, sources);
        var variant = context.Random.Pick(VariantStages.For(template.Variants, data.GenericSection.Variants, request.Live));
        // The library's own words vary before the placeholders are filled, so brief text and facts never do.
        var worded = new List<string>(variant.Lines);
        _wording.Vary(worded, request.EngagementKey, "content", request.Seed.ToString(CultureInfo.InvariantCulture), request.DeliverableId, part);
        var lines = new List<string>(_renderer.Render(variant with { Lines = worded }, context));
        if (withNotes)
        {
            lines.AddRange(ConstraintNotes.Write(data, _renderer, request, heading, context, attempt, _wording));
            lines.AddRange(SituationNotes.Write(data, _renderer, request, heading, context, attempt, _wording));
        }

        _cleaner.Clean(lines, request.Glossary);
        return lines;
    }

    private static DraftSection Keep(DraftRequest request, string heading, string owner, List<string> lines, SourceRegistry trial, SourceRegistry sources)
    {
        sources.Adopt(trial);
        request.Written?.Record(lines, owner);
        return new DraftSection(heading, lines);
    }

    /// <summary>The required headings a draft writes as body sections, in order, once each.</summary>
    public static IReadOnlyList<string> BodyHeadings(IReadOnlyList<string> required)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return required
            .Where(h => !string.IsNullOrWhiteSpace(h))
            .Select(h => h.Trim())
            .Where(h => DraftDocument.Normalize(h) != DraftDocument.Normalize(DraftDocument.SourcesHeading))
            .Where(h => seen.Add(DraftDocument.Normalize(h)))
            .ToList();
    }

    /// <summary>
    /// The engagement's fact base for the brief, industry and seed: from <paramref name="bases"/> (the
    /// engagement's, shared by all its requests) when given, else built for this call alone.
    /// </summary>
    public FactBase Facts(BriefFacts brief, IndustryProfile industry, ulong seed, FactBases? bases) =>
        bases is null
            ? FactBaseBuilder.Build(brief, industry, seed, data.DeclaredFacts)
            : bases.For(brief, industry, seed, () => FactBaseBuilder.Build(brief, industry, seed, data.DeclaredFacts));

    /// <summary>The fact base a draft for <paramref name="request"/> states: its brief's, under its industry profile.</summary>
    public FactBase Facts(DraftRequest request) => Facts(request.Brief, Industry(request), request.FactSeed ?? request.Seed, request.FactBases);

    private IndustryProfile Industry(DraftRequest request)
    {
        var found = IndustryFor(request.Brief);
        var profile = found with { Processes = BriefProcesses.Order(found.Processes, request.Brief) };
        return RegulationRule.Choose(data.Regulations, request.Brief.Region, profile.Name) is { } regulation
            ? profile with { Regulation = regulation }
            : profile;
    }

    public RenderContext Context(DraftRequest request, string heading, string part, SourceRegistry sources)
    {
        var industry = Industry(request);
        return new RenderContext(
            request.Brief,
            request.DeliverableName,
            request.ServiceLineName,
            heading,
            industry,
            Facts(request.Brief, industry, request.FactSeed ?? request.Seed, request.FactBases),
            DeterministicRandom.From("content", request.Seed.ToString(CultureInfo.InvariantCulture), request.DeliverableId, part),
            sources,
            Choices: DeterministicRandom.From("content-choice", request.Seed.ToString(CultureInfo.InvariantCulture), request.DeliverableId, part),
            ServiceLineWeeks: request.ServiceLineWeeks);
    }
}
