using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>
/// The firm's decision-authority policy: the one choke point every state-changing action passes
/// before its body runs. Pure and deterministic: the answer depends only on the manifest and the
/// request. Rules, in order, the first refusal winning: known actor and declared action; external
/// actions only by humans; a grant listing the actor whose limits hold; the
/// service line's price band for accepting an engagement; domain ownership; separation
/// of duties; a release only once per version; the action's preconditions, bound to the version acted on.
/// </summary>
public sealed class AuthorityPolicy
{
    private readonly Dictionary<string, ActorDefinition> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionDefinition> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecisionDomain> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActionGrant>> _grants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SeparationRule>> _separation = new(StringComparer.Ordinal);
    private readonly PriceBandCheck _priceBand;
    private readonly bool _escalateOnDenial;
    private readonly string _declaredActions;

    // The reason of an allowed action depends only on the actor, the action and the grant (all from the
    // manifest), and nearly every action an engagement takes is allowed: each reason is written once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Actor, string Action, int Grant), PolicyDecision> _allowed = new();

    /// <summary>A policy for the firm described by <paramref name="manifest"/>.</summary>
    public AuthorityPolicy(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        foreach (var actor in manifest.Actors)
        {
            _actors.TryAdd(actor.Id, actor);
        }

        foreach (var action in manifest.Actions)
        {
            _actions.TryAdd(action.Id, action);
        }

        foreach (var domain in manifest.Domains)
        {
            _domains.TryAdd(domain.Id, domain);
        }

        foreach (var grant in manifest.Grants)
        {
            ListFor(_grants, grant.Action).Add(grant);
        }

        foreach (var rule in manifest.SeparationOfDuties)
        {
            ListFor(_separation, rule.Action).Add(rule);
        }

        _priceBand = new PriceBandCheck(manifest);
        _escalateOnDenial = manifest.Escalation?.OnDenial ?? false;
        _declaredActions = string.Join(", ", manifest.Actions.Select(a => a.Id));
    }

    /// <summary>Whether <paramref name="request"/>'s actor may perform its action now, and why.</summary>
    public PolicyDecision Evaluate(ActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Facts);
        var facts = request.Facts;

        if (request.ActorId is null || !_actors.TryGetValue(request.ActorId, out var actor))
        {
            return PolicyDecision.Deny(
                $"unknown actor {PolicyText.Quote(request.ActorId)} may not {PolicyText.Quote(request.Action)} " +
                $"(rule {PolicyRuleIds.UnknownActor}): the firm has no actor with this id.",
                PolicyRuleIds.UnknownActor);
        }

        if (request.Action is null || !_actions.TryGetValue(request.Action, out var action))
        {
            return Deny(
                actor,
                PolicyText.Quote(request.Action),
                facts,
                new Denial(PolicyRuleIds.UndeclaredAction, $"the firm declares no such action; its actions are: {_declaredActions}"));
        }

        if (action.External && !actor.IsHuman)
        {
            return Deny(actor, action.Id, facts, new Denial(
                PolicyRuleIds.ExternalNeedsHuman,
                $"{action.Id} is an external action; agents draft external actions; only a human may release them"));
        }

        var grants = _grants.GetValueOrDefault(action.Id) ?? [];
        var denial = CheckGrants(grants, actor.Id, action.Id, facts, out var grantIndex)
            ?? _priceBand.Check(action.Id, actor.Id, facts)
            ?? CheckDomainOwner(action, actor.Id, facts)
            ?? StateChecks.Separation(_separation.GetValueOrDefault(action.Id) ?? [], actor.Id, facts)
            ?? StateChecks.AlreadyReleased(action, facts)
            ?? StateChecks.Preconditions(action, facts);

        if (denial is { } refused)
        {
            return Deny(actor, action.Id, facts, refused);
        }

        // The grants list goes in as the factory's argument: a lambda capturing it would be allocated on every allowed action.
        return _allowed.GetOrAdd((actor.Id, action.Id, grantIndex), static (key, granted) => Allow(key.Actor, key.Action, granted[key.Grant], key.Grant), grants);
    }

    private static PolicyDecision Allow(string actorId, string actionId, ActionGrant grant, int grantIndex)
    {
        var grantId = $"grant:{actionId}:{grantIndex + 1}";
        return PolicyDecision.Allow(
            $"Allowed: {actorId} may {actionId} under {grantId} " +
            $"(to {string.Join(", ", grant.Actors)}; {PolicyText.Limits(grant.Limits ?? GrantLimits.None)}){PolicyText.At(grant.Location)}.",
            grantId);
    }

    private static Denial? CheckGrants(
        List<ActionGrant> grants, string actorId, string actionId, ActionFacts facts, out int grantIndex)
    {
        grantIndex = -1;
        List<string>? failures = null;
        for (var i = 0; i < grants.Count; i++)
        {
            if (!grants[i].Actors.Contains(actorId, StringComparer.Ordinal))
            {
                continue;
            }

            var broken = GrantCheck.Failures(grants[i], actorId, facts);
            if (broken.Count == 0)
            {
                grantIndex = i;
                return null;
            }

            (failures ??= []).AddRange(broken);
        }

        if (failures is not null)
        {
            return new Denial(PolicyRuleIds.GrantLimits, string.Join("; ", failures));
        }

        var granted = grants.SelectMany(g => g.Actors).Distinct(StringComparer.Ordinal).ToList();
        return new Denial(
            PolicyRuleIds.NoGrant,
            granted.Count == 0
                ? $"no grant for {actionId} lists {actorId}; no one is granted {actionId}"
                : $"no grant for {actionId} lists {actorId}; it is granted to: {string.Join(", ", granted)}");
    }

    private Denial? CheckDomainOwner(ActionDefinition action, string actorId, ActionFacts facts)
    {
        if (!action.DomainOwnerOnly)
        {
            return null;
        }

        if (facts.Domain is null)
        {
            return new Denial(PolicyRuleIds.DomainOwnerOnly, $"only a domain's owner may {action.Id}, and no domain is stated");
        }

        if (!_domains.TryGetValue(facts.Domain, out var domain))
        {
            return new Denial(
                PolicyRuleIds.DomainOwnerOnly, $"only a domain's owner may {action.Id}, and the firm has no domain {PolicyText.Quote(facts.Domain)}");
        }

        return string.Equals(domain.Owner, actorId, StringComparison.Ordinal)
            ? null
            : new Denial(PolicyRuleIds.DomainOwnerOnly, $"domain {domain.Id} is owned by {domain.Owner}, not {actorId}; only its owner may {action.Id}");
    }

    private PolicyDecision Deny(ActorDefinition actor, string actionName, ActionFacts facts, Denial denial) =>
        PolicyDecision.Deny(
            $"{actor.Id} may not {actionName} (rule {denial.RuleId}): {denial.Detail}.",
            denial.RuleId,
            EscalationTarget(actor, facts));

    private string? EscalationTarget(ActorDefinition actor, ActionFacts facts)
    {
        if (!_escalateOnDenial)
        {
            return null;
        }

        if (facts.Domain is not null
            && _domains.TryGetValue(facts.Domain, out var domain)
            && !string.Equals(domain.Owner, actor.Id, StringComparison.Ordinal)
            && _actors.ContainsKey(domain.Owner))
        {
            return domain.Owner;
        }

        return actor.ReportsTo is { } manager
            && !string.Equals(manager, actor.Id, StringComparison.Ordinal)
            && _actors.ContainsKey(manager)
                ? manager
                : null;
    }

    private static List<T> ListFor<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
