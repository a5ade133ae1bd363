namespace NexusSim.Agents.Stub.Content;

/// <summary>The loaded content library: templates, industries, sources, clichés and phrasings.</summary>
internal sealed record LibraryData(
    IReadOnlyList<SectionTemplate> Sections,
    SectionTemplate GenericSection,
    IReadOnlyList<IndustryProfile> Industries,
    IndustryProfile GenericIndustry,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyList<ClicheEntry> Cliches,
    IReadOnlyDictionary<string, IReadOnlyList<ContentVariant>> Phrasings,
    IReadOnlyList<string> BannedPhrases)
{
    public const string FrontMatterPhrasing = "front-matter";
    public const string TermUsagePhrasing = "term-usage";
    public const string BriefSource = "brief";
    public const string FallbackSource = "working-papers";

    /// <summary>Phrases that can stand for one another, applied to every section's prose (see <see cref="WordingVariator"/>).</summary>
    public IReadOnlyList<WordingSet> Wordings { get; init; } = [];

    /// <summary>Regulation by region and industry, in file order (the first fitting rule wins).</summary>
    public IReadOnlyList<RegulationRule> Regulations { get; init; } = [];

    /// <summary>Engagement counts the library declares (<c># fact:</c> blocks), in file order.</summary>
    public IReadOnlyList<DeclaredFact> DeclaredFacts { get; init; } = [];

    /// <summary>Topics of brief constraints, in file order (the first whose keywords fit wins).</summary>
    public IReadOnlyList<ConstraintTopic> ConstraintTopics { get; init; } = [];

    /// <summary>Wording rules that restate a constraint in the firm's words, in file order (the first that fits applies).</summary>
    public IReadOnlyList<(string From, string To)> Restatements { get; init; } = [];

    /// <summary>Facts of a client's situation the library can state in its own words (<c># situation:</c> blocks), in file order.</summary>
    public IReadOnlyList<ConstraintTopic> SituationTopics { get; init; } = [];

    /// <summary>The Key facts entries per service line (<c># key-facts:</c> blocks), in file order (see <see cref="KeyFactSet"/>).</summary>
    public IReadOnlyList<KeyFactSet> KeyFactSets { get; init; } = [];

    public IReadOnlyDictionary<string, string> Rewrites { get; } =
        Cliches.ToDictionary(c => c.Phrase.ToLowerInvariant(), c => c.Rewrite, StringComparer.Ordinal);
}
