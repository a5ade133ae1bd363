using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Authority.Support;

/// <summary>
/// The authority rules computed a second time, straight from the manifest and without the engine's
/// code, so the tests compare two independent readings of the same policy.
/// </summary>
internal static class PolicyOracle
{
    /// <summary>The invariant every allow must meet: a grant lists the actor, no separation rule is broken, preconditions hold.</summary>
    public static bool AllowIsJustified(FirmManifest manifest, ActionRequest request) =>
        manifest.Grants.Any(g => g.Action == request.Action && g.Actors.Contains(request.ActorId))
        && manifest.SeparationOfDuties
            .Where(s => s.Action == request.Action)
            .All(s => !SameActor(Party(s, request.Facts), request.ActorId))
        && PreconditionsHold(manifest, request);

    /// <summary>The full policy as documented, including its fail-closed choices for facts not stated.</summary>
    public static bool Permits(FirmManifest manifest, ActionRequest request)
    {
        var actor = manifest.Actors.FirstOrDefault(a => a.Id == request.ActorId);
        var action = manifest.Actions.FirstOrDefault(a => a.Id == request.Action);
        if (actor is null || action is null || (action.External && actor.Kind != ActorKind.Human))
        {
            return false;
        }

        var facts = request.Facts;
        return manifest.Grants.Any(g => g.Action == action.Id && g.Actors.Contains(actor.Id) && LimitsHold(g.Limits, facts))
            && (!action.DomainOwnerOnly || manifest.Domains.Any(d => d.Id == facts.Domain && d.Owner == actor.Id))
            && manifest.SeparationOfDuties
                .Where(s => s.Action == action.Id)
                .All(s => !string.IsNullOrWhiteSpace(Party(s, facts)) && !SameActor(Party(s, facts), actor.Id))
            && PreconditionsHold(manifest, request);
    }

    /// <summary>
    /// The rule id that must refuse a cell even under the most favourable facts, or null when the
    /// cell must be allowed.
    /// </summary>
    public static string? CellRefusal(FirmManifest manifest, string actorId, string actionId)
    {
        var actor = manifest.Actors.First(a => a.Id == actorId);
        var action = manifest.Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return PolicyRuleIds.UndeclaredAction;
        }

        if (action.External && actor.Kind != ActorKind.Human)
        {
            return PolicyRuleIds.ExternalNeedsHuman;
        }

        if (!manifest.Grants.Any(g => g.Action == actionId && g.Actors.Contains(actorId)))
        {
            return PolicyRuleIds.NoGrant;
        }

        return action.DomainOwnerOnly && !manifest.Domains.Any(d => d.Owner == actorId) ? PolicyRuleIds.DomainOwnerOnly : null;
    }

    /// <summary>Facts that satisfy the first grant listing the actor, an owned domain, separation and preconditions.</summary>
    public static ActionFacts FavourableFacts(FirmManifest manifest, string actorId, string actionId)
    {
        var limits = manifest.Grants.FirstOrDefault(g => g.Action == actionId && g.Actors.Contains(actorId))?.Limits
            ?? GrantLimits.None;
        return new ActionFacts
        {
            AmountUsd = limits.MaxAmountUsd ?? 1_000m,
            Risk = limits.MaxRisk ?? RiskLevel.Low,
            ServiceLine = limits.ServiceLines?.FirstOrDefault() ?? "any_line",
            Domain = manifest.Domains.FirstOrDefault(d => d.Owner == actorId)?.Id,
            DeliverableAuthor = "someone_else",
            Requester = "someone_else",
            VersionHash = "v1",
            GatesPassedHash = "v1",
            ApprovedHash = "v1",
        };
    }

    private static bool LimitsHold(GrantLimits limits, ActionFacts facts) =>
        (limits.MaxAmountUsd is null || (facts.AmountUsd is { } amount && amount >= 0 && amount <= limits.MaxAmountUsd))
        && (limits.MaxRisk is null || (facts.Risk is { } risk && Enum.IsDefined(risk) && risk <= limits.MaxRisk))
        && (limits.ServiceLines is null || (facts.ServiceLine is not null && limits.ServiceLines.Contains(facts.ServiceLine)));

    private static bool PreconditionsHold(FirmManifest manifest, ActionRequest request)
    {
        var facts = request.Facts;
        var requires = manifest.Actions.FirstOrDefault(a => a.Id == request.Action)?.Requires ?? [];
        return requires.All(p => p switch
        {
            Precondition.GatesPassed => !string.IsNullOrWhiteSpace(facts.VersionHash) && facts.GatesPassedHash == facts.VersionHash,
            Precondition.HumanApproval => !string.IsNullOrWhiteSpace(facts.VersionHash) && facts.ApprovedHash == facts.VersionHash,
            _ => false,
        });
    }

    // The documented reading: a party is the actor whatever its case or padding.
    private static bool SameActor(string? party, string actorId) =>
        party is not null && string.Equals(party.Trim(), actorId, StringComparison.OrdinalIgnoreCase);

    // A contributor rule holds against the author as an author rule does (and against editors, which
    // the generated requests never name).
    private static string? Party(SeparationRule rule, ActionFacts facts) =>
        rule.MustDifferFrom is DutyParty.Author or DutyParty.Contributor ? facts.DeliverableAuthor : facts.Requester;
}
