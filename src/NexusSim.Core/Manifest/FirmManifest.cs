namespace NexusSim.Core.Manifest;

/// <summary>
/// A validated role manifest: the whole firm. Produced only by <c>ManifestLoader</c>, which refuses
/// any manifest with an error, so code may rely on every reference resolving.
/// </summary>
public sealed record FirmManifest
{
    /// <summary>Full path of the entry file (manifest.yaml).</summary>
    public required string EntryFile { get; init; }

    /// <summary>Full path of the directory the entry file is in; relative paths resolve from here.</summary>
    public required string Directory { get; init; }

    /// <summary>SHA-256 (hex) over every file read, in read order: identifies this manifest in run ids.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The firm.</summary>
    public required FirmInfo Firm { get; init; }

    /// <summary>Model tiers.</summary>
    public required IReadOnlyList<ModelTier> ModelTiers { get; init; }

    /// <summary>Humans and agents, humans first, each in declaration order.</summary>
    public required IReadOnlyList<ActorDefinition> Actors { get; init; }

    /// <summary>The decision matrix.</summary>
    public required IReadOnlyList<DecisionDomain> Domains { get; init; }

    /// <summary>Actions the firm uses.</summary>
    public required IReadOnlyList<ActionDefinition> Actions { get; init; }

    /// <summary>Who may perform which action, within which limits.</summary>
    public required IReadOnlyList<ActionGrant> Grants { get; init; }

    /// <summary>Separation-of-duties rules.</summary>
    public required IReadOnlyList<SeparationRule> SeparationOfDuties { get; init; }

    /// <summary>Service lines.</summary>
    public required IReadOnlyList<ServiceLine> ServiceLines { get; init; }

    /// <summary>Deliverable types.</summary>
    public required IReadOnlyList<DeliverableType> DeliverableTypes { get; init; }

    /// <summary>Quality gates.</summary>
    public required IReadOnlyList<GateDefinition> Gates { get; init; }

    /// <summary>Standard collaboration chains.</summary>
    public required IReadOnlyList<ChainDefinition> Chains { get; init; }

    /// <summary>Fields every handoff record states.</summary>
    public required IReadOnlyList<string> HandoffFields { get; init; }

    /// <summary>Escalation policy.</summary>
    public required EscalationPolicy Escalation { get; init; }

    /// <summary>How engagements are taken in: who is asked first, what happens out of the price band.</summary>
    public IntakePolicy Intake { get; init; } = IntakePolicy.Default;

    /// <summary>How the authority check acts on a denial; only a governance variant changes it (docs/governance-variants.md).</summary>
    public AuthorityMode AuthorityMode { get; init; } = AuthorityMode.Enforce;

    /// <summary>Which actions an actor's turns are offered as tools; only a governance variant changes it (docs/governance-variants.md).</summary>
    public ToolScope ToolScope { get; init; } = ToolScope.All;

    /// <summary>Whether an agent's pass must cite evidence from the version (else it counts as needs work); only a governance variant turns it off.</summary>
    public bool RequireReviewEvidence { get; init; } = true;

    /// <summary>What a turn is shown and whether the tiers' context budgets are enforced; only a governance variant changes it.</summary>
    public ContextPolicy Context { get; init; } = ContextPolicy.Default;

    /// <summary>Shared terms.</summary>
    public required IReadOnlyList<GlossaryTerm> Glossary { get; init; }

    /// <summary>Standing pairs.</summary>
    public required IReadOnlyList<StandingPair> StandingPairs { get; init; }

    /// <summary>The agents, in declaration order.</summary>
    public IEnumerable<ActorDefinition> Agents => Actors.Where(a => a.Kind == ActorKind.Agent);

    /// <summary>The humans, in declaration order.</summary>
    public IEnumerable<ActorDefinition> Humans => Actors.Where(a => a.Kind == ActorKind.Human);

    /// <summary>The actor with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such actor.</exception>
    public ActorDefinition Actor(string id) => Find(Actors, static a => a.Id, id, "actor");

    /// <summary>The actor with this id, or null.</summary>
    public ActorDefinition? FindActor(string id) => FindOrNull(Actors, static a => a.Id, id);

    /// <summary>The service line with this id.</summary>
    public ServiceLine ServiceLine(string id) => Find(ServiceLines, static s => s.Id, id, "service line");

    /// <summary>The deliverable type with this id.</summary>
    public DeliverableType DeliverableType(string id) => Find(DeliverableTypes, static d => d.Id, id, "deliverable type");

    /// <summary>The gate with this id.</summary>
    public GateDefinition Gate(string id) => Find(Gates, static g => g.Id, id, "gate");

    /// <summary>The chain with this id.</summary>
    public ChainDefinition Chain(string id) => Find(Chains, static c => c.Id, id, "chain");

    /// <summary>The action with this id, or null when the firm does not use it.</summary>
    public ActionDefinition? FindAction(string id) => FindOrNull(Actions, static a => a.Id, id);

    /// <summary>The model tier with this id.</summary>
    public ModelTier Tier(string id) => Find(ModelTiers, static t => t.Id, id, "model tier");

    private static T Find<T>(IReadOnlyList<T> items, Func<T, string> key, string id, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        return FindOrNull(items, key, id) ?? throw new KeyNotFoundException($"The manifest defines no {what} '{id}'.");
    }

    // A loop over the list, not FirstOrDefault with a closure: every turn, action and check looks actors,
    // gates and tiers up, and a lookup here allocates nothing.
    private static T? FindOrNull<T>(IReadOnlyList<T> items, Func<T, string> key, string id)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(key(items[i]), id, StringComparison.Ordinal))
            {
                return items[i];
            }
        }

        return null;
    }
}
