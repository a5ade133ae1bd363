using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The stub LLM's content library: section templates, industry profiles, sources and clichés read
/// from <c>prompts/content/*.md</c> and <c>prompts/voice/banned-phrases.txt</c>. Writes drafts
/// specific to a brief (figures derived from the seed and the brief, each citing a listed source),
/// plants requested defects, repairs the issues a gate names, and writes a reviewer's evidence
/// notes. Pure and deterministic: the same request gives the same bytes.
/// </summary>
public sealed class ContentLibrary
{
    private readonly LibraryData _data;
    private readonly DraftComposer _composer;
    private readonly DefectPlanter _planter;
    private readonly DraftRepairer _repairer;
    private readonly EditorialPass _editor;

    private ContentLibrary(LibraryData data)
    {
        _data = data;
        _composer = new DraftComposer(data);
        _planter = new DefectPlanter(data, _composer);
        _repairer = new DraftRepairer(_composer);
        _editor = new EditorialPass(data);
    }

    /// <summary>The folder, in a firm's manifest folder, holding its own content files (<c>*.md</c>).</summary>
    public const string FirmContentFolder = ContentLoader.FirmContentFolder;

    /// <summary>The firm's own banned-phrases file, relative to its manifest folder.</summary>
    public static string FirmBannedFile => ContentLoader.FirmBannedFile;

    /// <summary>The house-style banned phrases (for the voice check).</summary>
    public IReadOnlyList<string> BannedPhrases => _data.BannedPhrases;

    /// <summary>
    /// Loads the library from <paramref name="promptsDirectory"/> (the folder holding the shared
    /// <c>content/</c> and <c>voice/</c>), with the firm's own <c>content/</c> and
    /// <c>voice/banned-phrases.txt</c> from <paramref name="firmDirectory"/> (its manifest folder)
    /// used before the shared ones.
    /// </summary>
    /// <exception cref="ContentLibraryException">A file is missing or malformed; the message names file and line.</exception>
    public static ContentLibrary Load(string promptsDirectory, string? firmDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promptsDirectory);
        return new ContentLibrary(ContentLoader.Load(promptsDirectory, firmDirectory));
    }

    /// <summary>
    /// The headings of <paramref name="requiredSections"/> no section template of this library
    /// matches, or whose template has no variant for the deliverable's side of the live phase
    /// (<paramref name="live"/>, as <see cref="DraftRequest.Live"/>): each is written with the generic
    /// fallback (which says there is no content for it). <paramref name="serviceLineName"/> is the deliverable's
    /// service line, for the sections written for some lines only (null: only the sections written for any line).
    /// </summary>
    public IReadOnlyList<string> FallbackHeadings(IReadOnlyList<string> requiredSections, bool live = false, string? serviceLineName = null)
    {
        ArgumentNullException.ThrowIfNull(requiredSections);
        return [.. DraftComposer.BodyHeadings(requiredSections).Where(h => _composer.Sections.Find(h, serviceLineName) is var template
            && (ReferenceEquals(template, _data.GenericSection) || !template.Variants.Any(v => VariantStages.Fits(v, live))))];
    }

    /// <summary>
    /// The sections <paramref name="markdown"/> holds that the generic fallback writes: its body
    /// headings no section template of this library matches. This is the one definition of a fallback
    /// section that summary.json counts (per deliverable, in total and under <c>defects</c>), for a
    /// deliverable on the <paramref name="live"/> side of its service line <paramref name="serviceLineName"/> (see <see cref="FallbackHeadings"/>).
    /// </summary>
    public IReadOnlyList<string> FallbackSectionsIn(string markdown, IReadOnlyList<string> requiredSections, bool live = false, string? serviceLineName = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(requiredSections);
        var fallbacks = FallbackHeadings(requiredSections, live, serviceLineName).Select(DraftDocument.Normalize).ToHashSet(StringComparer.Ordinal);
        return [.. DraftDocument.Parse(markdown).Body.Where(s => fallbacks.Contains(s.Normalized)).Select(s => s.Heading)];
    }

    /// <summary>
    /// The variant bodies a heading (of a deliverable of the line <paramref name="serviceLineName"/>, null: any
    /// line) is written from, for tests and tools: null when it falls back.
    /// </summary>
    public IReadOnlyList<string>? TemplateVariants(string heading, string? serviceLineName = null)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var template = _composer.Sections.Find(heading, serviceLineName);
        return ReferenceEquals(template, _data.GenericSection) ? null : [.. template.Variants.Select(v => string.Join("\n", v.Lines))];
    }

    /// <summary>Writes the draft the request asks for, with its planted defects.</summary>
    public Draft Compose(DraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = _composer.Compose(request);
        var defects = _planter.Plant(document, request);
        return new Draft(document.ToMarkdown(), defects);
    }

    /// <summary>The fact base a draft for <paramref name="request"/> states (built once per brief, industry and seed).</summary>
    internal FactBase Facts(DraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _composer.Facts(request);
    }

    /// <summary>
    /// Fixes exactly the deterministic-check issues named in <paramref name="issues"/> (as read from
    /// the feedback in the prompt by <see cref="FeedbackReader"/>); the
    /// result's defects are the request's planted defects still present in the repaired text.
    /// </summary>
    public Draft Repair(string markdown, IReadOnlyList<FeedbackItem> issues, DraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(request);
        var document = _repairer.Repair(markdown, issues, request);
        var planted = request.Defects.Count == 0 ? [] : Compose(request).Defects;
        return new Draft(document.ToMarkdown(), planted.Where(d => DefectPresence.IsPresent(document, d)).ToList());
    }

    /// <summary>
    /// An edit step without gate feedback: reconciles the Key facts line with the brief and the
    /// deliverables released so far, replaces banned phrases with the firm's alternatives and
    /// restores heading levels and section order. An unchanged draft comes back byte for byte, with
    /// no changes. Findings are what it saw but left to the author (a missing section).
    /// </summary>
    public (Draft Draft, IReadOnlyList<string> Changes, IReadOnlyList<string> Findings) Edit(
        string markdown, IReadOnlyList<ReleasedFacts> released, IReadOnlyDictionary<string, string> brief, DraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(released);
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(request);
        var result = _editor.Edit(markdown, released, brief, request.RequiredSections);
        var planted = request.Defects.Count == 0 ? [] : Compose(request).Defects;
        var text = result.Changes.Count == 0 ? markdown : result.Document.ToMarkdown();
        var document = result.Changes.Count == 0 ? DraftDocument.Parse(markdown) : result.Document;
        return (new Draft(text, planted.Where(d => DefectPresence.IsPresent(document, d)).ToList()), result.Changes, result.Findings);
    }

    /// <summary>The defects of <paramref name="defects"/> that <paramref name="markdown"/> still carries.</summary>
    public IReadOnlyList<PlantedDefect> StillPresent(string markdown, IReadOnlyList<PlantedDefect> defects)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(defects);
        if (defects.Count == 0)
        {
            return [];
        }

        var document = DraftDocument.Parse(markdown);
        return defects.Where(d => DefectPresence.IsPresent(document, d)).ToList();
    }

    /// <summary>
    /// A short evidence paragraph quoting the required sections, for a reviewer's verdict at a gate
    /// with <paramref name="checks"/>: it reports only what those checks cover.
    /// </summary>
    public string ReviewNotes(string markdown, IReadOnlyList<string> requiredSections, IReadOnlySet<CheckKind> checks)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(requiredSections);
        ArgumentNullException.ThrowIfNull(checks);
        return ReviewNotesWriter.Write(markdown, requiredSections, checks);
    }
}
