namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// The manifest as mapped so far, possibly with errors: the validator's input, and, when no error
/// was found, the content of the <see cref="FirmManifest"/>. Missing values are placeholders.
/// </summary>
internal sealed class ManifestDraft
{
    public LocationIndex Locations { get; } = new();

    /// <summary>Sections present and of the right shape; rules about a whole section need it present.</summary>
    public HashSet<string> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Records with a part that could not be mapped; whole-record rules skip them to avoid cascades.</summary>
    public HashSet<object> Incomplete { get; } = new(ReferenceEqualityComparer.Instance);

    public SourceLocation EntryLocation { get; set; }

    public FirmInfo? Firm { get; set; }

    public List<ModelTier> ModelTiers { get; } = [];

    public List<ActorDefinition> Humans { get; } = [];

    public List<ActorDefinition> Agents { get; } = [];

    public List<DecisionDomain> Domains { get; } = [];

    public List<ActionDefinition> Actions { get; } = [];

    public List<ActionGrant> Grants { get; } = [];

    public List<SeparationRule> SeparationOfDuties { get; } = [];

    public List<ServiceLine> ServiceLines { get; } = [];

    public List<DeliverableType> DeliverableTypes { get; } = [];

    public List<GateDefinition> Gates { get; } = [];

    public List<ChainDefinition> Chains { get; } = [];

    public List<string> HandoffFields { get; } = [];

    public EscalationPolicy? Escalation { get; set; }

    public IntakePolicy? Intake { get; set; }

    public List<GlossaryTerm> Glossary { get; } = [];

    public List<StandingPair> StandingPairs { get; } = [];

    /// <summary>Humans first, then agents, each in declaration order.</summary>
    public IReadOnlyList<ActorDefinition> Actors => [.. Humans, .. Agents];

    /// <summary>Where a record's field was written, or the record's own location.</summary>
    public SourceLocation At(object owner, string key, SourceLocation fallback) => Locations.Of(owner, key, fallback);
}
