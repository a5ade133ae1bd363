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

    private ContentLibrary(LibraryData data)
    {
        _data = data;
        _composer = new DraftComposer(data);
        _planter = new DefectPlanter(data, _composer);
        _repairer = new DraftRepairer(_composer);
    }

    /// <summary>The house-style banned phrases (for the voice check).</summary>
    public IReadOnlyList<string> BannedPhrases => _data.BannedPhrases;

    /// <summary>
    /// Loads the library from <paramref name="promptsDirectory"/> (the folder holding
    /// <c>content/</c> and <c>voice/</c>).
    /// </summary>
    /// <exception cref="ContentLibraryException">A file is missing or malformed; the message names file and line.</exception>
    public static ContentLibrary Load(string promptsDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promptsDirectory);
        return new ContentLibrary(ContentLoader.Load(promptsDirectory));
    }

    /// <summary>Writes the draft the request asks for, with its planted defects.</summary>
    public Draft Compose(DraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = _composer.Compose(request);
        var defects = _planter.Plant(document, request);
        return new Draft(document.ToMarkdown(), defects);
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
    /// The headings of <paramref name="requiredSections"/> (as written in a draft's body) that no
    /// section template matches, so the generic fallback writes them.
    /// </summary>
    public IReadOnlyList<string> FallbackHeadings(IReadOnlyList<string> requiredSections)
    {
        ArgumentNullException.ThrowIfNull(requiredSections);
        return [.. DraftComposer.BodyHeadings(requiredSections).Where(h => ReferenceEquals(SectionMatcher.Find(_data, h), _data.GenericSection))];
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

    /// <summary>A short evidence paragraph quoting the required sections, for a reviewer's verdict.</summary>
    public string ReviewNotes(string markdown, IReadOnlyList<string> requiredSections)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(requiredSections);
        return ReviewNotesWriter.Write(markdown, requiredSections);
    }
}
