namespace NexusSim.Core.Authority;

/// <summary>
/// Ids of the engine's built-in rules, as reported in <see cref="PolicyDecision.RuleId"/>. A
/// separation-of-duties denial reports the manifest rule's own id instead.
/// </summary>
public static class PolicyRuleIds
{
    /// <summary>The actor is not one of the firm's actors.</summary>
    public const string UnknownActor = "unknown_actor";

    /// <summary>The action is not one the firm declares (includes hallucinated names).</summary>
    public const string UndeclaredAction = "undeclared_action";

    /// <summary>An external action attempted by a non-human.</summary>
    public const string ExternalNeedsHuman = "external_needs_human";

    /// <summary>No grant for the action lists the actor.</summary>
    public const string NoGrant = "no_grant";

    /// <summary>Grants list the actor but none of them covers the request's amount, risk or service line.</summary>
    public const string GrantLimits = "grant_limits";

    /// <summary>Only the owner of the action's decision domain may perform it.</summary>
    public const string DomainOwnerOnly = "domain_owner_only";

    /// <summary>A separation rule needs a party (author or requester) that the request does not state.</summary>
    public const string SeparationUnchecked = "separation_party_not_stated";

    /// <summary>The blocking gates have not passed for the version acted on.</summary>
    public const string RequiresGatesPassed = "requires_gates_passed";

    /// <summary>No human approval is bound to the version acted on.</summary>
    public const string RequiresHumanApproval = "requires_human_approval";

    /// <summary>The version acted on was already released to the client.</summary>
    public const string AlreadyReleased = "already_released";

    /// <summary>An engagement's fee is outside its service line's price band, and the actor may not take it anyway.</summary>
    public const string OutsidePriceBand = "outside_price_band";
}
