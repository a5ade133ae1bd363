using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Authority.Support;

/// <summary>
/// Builds a <see cref="FirmManifest"/> record directly, without YAML, holding only what the
/// authority rules read: actors, domains, actions, grants, separation rules and escalation.
/// Each actor's owned domains are filled from the domains' owners.
/// </summary>
internal sealed class ManifestBuilder
{
    private readonly List<(string Id, ActorKind Kind, string? ReportsTo)> _actors = [];
    private readonly List<DecisionDomain> _domains = [];
    private readonly List<ActionDefinition> _actions = [];
    private readonly List<ActionGrant> _grants = [];
    private readonly List<SeparationRule> _separation = [];
    private bool _escalateOnDenial = true;

    public ManifestBuilder Human(string id, string? reportsTo = null)
    {
        _actors.Add((id, ActorKind.Human, reportsTo));
        return this;
    }

    public ManifestBuilder Agent(string id, string? reportsTo)
    {
        _actors.Add((id, ActorKind.Agent, reportsTo));
        return this;
    }

    public ManifestBuilder Domain(string id, string owner)
    {
        _domains.Add(new DecisionDomain(id, $"Decisions on {id}.", owner, SourceLocation.None));
        return this;
    }

    public ManifestBuilder Action(string id, bool external = false, bool domainOwnerOnly = false, params Precondition[] requires)
    {
        _actions.Add(new ActionDefinition(id, $"Does {id}.", external, domainOwnerOnly, requires, SourceLocation.None));
        return this;
    }

    public ManifestBuilder Grant(string action, GrantLimits limits, params string[] actors)
    {
        _grants.Add(new ActionGrant(action, actors, limits, new SourceLocation("manifest.yaml", _grants.Count + 10, 3)));
        return this;
    }

    public ManifestBuilder Grant(string action, params string[] actors) => Grant(action, GrantLimits.None, actors);

    public ManifestBuilder Separate(string id, string action, DutyParty party, string reason)
    {
        _separation.Add(new SeparationRule(id, action, party, reason, SourceLocation.None));
        return this;
    }

    public ManifestBuilder EscalateOnDenial(bool on)
    {
        _escalateOnDenial = on;
        return this;
    }

    public FirmManifest Build()
    {
        var actors = _actors
            .OrderBy(a => a.Kind == ActorKind.Human ? 0 : 1)
            .Select(a => new ActorDefinition(
                a.Id,
                a.Id,
                a.Kind == ActorKind.Human ? "Partner" : "Consultant",
                a.Kind,
                a.Kind == ActorKind.Agent ? "standard" : null,
                a.ReportsTo,
                _domains.Where(d => d.Owner == a.Id).Select(d => d.Id).ToList(),
                $"Duties of {a.Id}.",
                null,
                null,
                SourceLocation.None))
            .ToList();

        return new FirmManifest
        {
            EntryFile = "/test/manifest.yaml",
            Directory = "/test",
            ContentHash = "test",
            Firm = new FirmInfo("test_firm", "Test Firm", "A firm built in code.", SourceLocation.None),
            ModelTiers = [new ModelTier("standard", "stub", 100, 1.0, SourceLocation.None)],
            Actors = actors,
            Domains = [.. _domains],
            Actions = [.. _actions],
            Grants = [.. _grants],
            SeparationOfDuties = [.. _separation],
            ServiceLines = [],
            DeliverableTypes = [],
            Gates = [],
            Chains = [],
            HandoffFields = [],
            Escalation = new EscalationPolicy(_escalateOnDenial, 2, ["reassign"], SourceLocation.None),
            Glossary = [],
            StandingPairs = [],
        };
    }
}
