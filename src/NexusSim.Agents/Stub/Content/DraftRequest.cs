namespace NexusSim.Agents.Stub.Content;

/// <summary>What the stub asks the content library to write.</summary>
/// <param name="DeliverableId">The deliverable type id (part of the seed derivation).</param>
/// <param name="DeliverableName">Display name, used in the title line.</param>
/// <param name="ServiceLineName">Display name of the engagement's service line.</param>
/// <param name="RequiredSections">The deliverable type's required <c>##</c> sections, in order.</param>
/// <param name="Brief">The client's brief.</param>
/// <param name="Glossary">The firm's shared terms.</param>
/// <param name="Defects">Defects to plant (one of each listed; repeats plant more).</param>
/// <param name="Seed">Seed for phrasing choices and figures.</param>
public sealed record DraftRequest(
    string DeliverableId,
    string DeliverableName,
    string ServiceLineName,
    IReadOnlyList<string> RequiredSections,
    BriefFacts Brief,
    IReadOnlyList<GlossaryTermText> Glossary,
    IReadOnlyList<DefectKind> Defects,
    ulong Seed)
{
    /// <summary>
    /// The seed of the engagement's one fact base, the same for every deliverable of a run (the draft's
    /// own <see cref="Seed"/> differs per deliverable); null uses <see cref="Seed"/>.
    /// </summary>
    public ulong? FactSeed { get; init; }

    /// <summary>The key every draft of one engagement shares (its fact seed), which draws the wording sets held for the whole engagement.</summary>
    public string EngagementKey => (FactSeed ?? Seed).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// True when the deliverable is written in or after the service line's first live phase (the task
    /// card's <c>live</c>): only then may it use content variants tagged <c>live</c>; before, only
    /// those not tagged <c>live</c>.
    /// </summary>
    public bool Live { get; init; }

    /// <summary>
    /// The service line's duration in weeks (the task card's <c>service_line_weeks</c>), which <c>{service_weeks}</c>
    /// states; 0 when unknown.
    /// </summary>
    public int ServiceLineWeeks { get; init; }

    /// <summary>
    /// The paragraphs already written in the run, shared by every request of one run: a section that would
    /// repeat another section's paragraph is written with other words. Null writes without looking.
    /// </summary>
    public WrittenParagraphs? Written { get; init; }

    /// <summary>
    /// The engagement's fact bases, shared by every request of one run, so a figure one draft states is
    /// the one later drafts find. Null builds the fact base afresh for each section of the draft.
    /// </summary>
    public FactBases? FactBases { get; init; }

    /// <summary>The fact base's seed for an engagement seeded with <paramref name="seedText"/>: one per run, whatever the deliverable.</summary>
    public static ulong FactSeedOf(string seedText) => NexusSim.Core.Determinism.StableHash.Seed(seedText, "fact-base");
}
