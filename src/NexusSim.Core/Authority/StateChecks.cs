using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>
/// The rules that look at engagement state rather than grants: separation of duties and the
/// preconditions an action requires. Each returns the first refusal, or null.
/// </summary>
internal static class StateChecks
{
    /// <summary>Characters of a content hash shown in a reason.</summary>
    private const int HashShown = 12;

    /// <summary>The first separation rule the actor breaks, or a refusal when a rule's party is not stated.</summary>
    internal static Denial? Separation(IEnumerable<SeparationRule> rules, string actorId, ActionFacts facts)
    {
        foreach (var rule in rules)
        {
            if (Broken(rule, actorId, facts) is { } denial)
            {
                return denial;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the separation rules on <paramref name="actionId"/> keep <paramref name="actorId"/> from
    /// taking it on the deliverable <paramref name="facts"/> describe (a rule whose party is not
    /// stated keeps no one apart here; the policy refuses that case itself).
    /// </summary>
    internal static bool KeepsApart(IReadOnlyList<SeparationRule> rules, string actionId, string actorId, ActionFacts facts)
    {
        foreach (var rule in rules)
        {
            if (string.Equals(rule.Action, actionId, StringComparison.Ordinal)
                && Broken(rule, actorId, facts) is { } denial
                && denial.RuleId != PolicyRuleIds.SeparationUnchecked)
            {
                return true;
            }
        }

        return false;
    }

    // The refusal of one rule, or null when the actor keeps it.
    private static Denial? Broken(SeparationRule rule, string actorId, ActionFacts facts)
    {
        var (party, partyName) = rule.MustDifferFrom switch
        {
            DutyParty.Author or DutyParty.Contributor => (facts.DeliverableAuthor, "author of the deliverable"),
            DutyParty.Requester => (facts.Requester, "requester of the approval"),
            _ => (null, $"party {rule.MustDifferFrom}"),
        };

        if (string.IsNullOrWhiteSpace(party))
        {
            return new Denial(
                PolicyRuleIds.SeparationUnchecked,
                $"the {partyName} is not stated, so separation rule {rule.Id} ({rule.Reason}) cannot be checked; state who it is");
        }

        if (SameActor(party, actorId))
        {
            return new Denial(rule.Id, $"{actorId} is the {partyName}: {rule.Reason}; someone other than {actorId} must {rule.Action}");
        }

        // A reassigned deliverable has had several authors: none of them may, for example, review it.
        if (rule.MustDifferFrom is DutyParty.Author or DutyParty.Contributor && First(facts.DeliverableAuthors, actorId) is { } earlier)
        {
            return new Denial(rule.Id, $"{earlier} wrote a version of the deliverable before it was reassigned: {rule.Reason}; someone who never authored it must {rule.Action}");
        }

        // An editor's integration or format is work on the deliverable too: it may not judge it either.
        if (rule.MustDifferFrom == DutyParty.Contributor && First(facts.DeliverableContributors, actorId) is { } editor)
        {
            return new Denial(rule.Id, $"{editor} edited a version of the deliverable: {rule.Reason}; someone who never wrote or edited it must {rule.Action}");
        }

        return null;
    }

    private static string? First(IReadOnlyList<string> parties, string actorId)
    {
        foreach (var party in parties)
        {
            if (SameActor(party, actorId))
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>
    /// Refuses to release a version that was already released: a release touches the outside world
    /// once per version. Other actions pass.
    /// </summary>
    internal static Denial? AlreadyReleased(ActionDefinition action, ActionFacts facts)
    {
        if (action.Id != ActionIds.ReleaseToClient
            || string.IsNullOrWhiteSpace(facts.ReleasedHash)
            || !string.Equals(facts.ReleasedHash, facts.VersionHash, StringComparison.Ordinal))
        {
            return null;
        }

        return new Denial(
            PolicyRuleIds.AlreadyReleased,
            $"version {Short(facts.ReleasedHash)} was already released to the client; a version is released once, a new version needs its own gates and approval");
    }

    /// <summary>The first precondition of <paramref name="action"/> that does not hold for the version acted on, or null.</summary>
    internal static Denial? Preconditions(ActionDefinition action, ActionFacts facts)
    {
        foreach (var precondition in action.Requires ?? [])
        {
            var denial = precondition switch
            {
                Precondition.GatesPassed => Bound(
                    PolicyRuleIds.RequiresGatesPassed,
                    facts.VersionHash,
                    facts.GatesPassedHash,
                    "the blocking gates passed for",
                    "no version has passed the blocking gates",
                    "the version acted on must pass every blocking gate first"),
                Precondition.HumanApproval => Bound(
                    PolicyRuleIds.RequiresHumanApproval,
                    facts.VersionHash,
                    facts.ApprovedHash,
                    "the human approval is bound to",
                    "no human approval exists",
                    "a human must approve the version acted on first"),
                _ => new Denial($"requires_{precondition}".ToLowerInvariant(), $"precondition {precondition} is unknown to the engine"),
            };

            if (denial is not null)
            {
                return denial;
            }
        }

        return null;
    }

    // An empty or blank hash is not a version: two blank hashes must not count as the same version.
    private static Denial? Bound(string ruleId, string? version, string? bound, string boundTo, string none, string allowedWhen)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return new Denial(ruleId, $"the version acted on is not stated, so {ruleId} cannot be checked; {allowedWhen}");
        }

        if (string.IsNullOrWhiteSpace(bound))
        {
            return new Denial(ruleId, $"{none} (version acted on: {Short(version)}); {allowedWhen}");
        }

        if (!string.Equals(version, bound, StringComparison.Ordinal))
        {
            return new Denial(
                ruleId,
                $"{boundTo} version {Short(bound)}, not the version acted on, {Short(version)}; a pass or approval does not carry over to another version: {allowedWhen}");
        }

        return null;
    }

    // Fails closed: a party written with other case or padding is still the same actor.
    private static bool SameActor(string party, string actorId) =>
        string.Equals(party.Trim(), actorId.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Short(string hash) =>
        PolicyText.Quote(hash.Length > HashShown ? hash[..HashShown] : hash);
}
