namespace NexusSim.Core.Authority;

/// <summary>
/// The policy engine's answer to an <see cref="ActionRequest"/>. A denial is a result, not an
/// exception: its reason becomes the function result the model sees.
/// </summary>
/// <param name="Allowed">True when the action may run.</param>
/// <param name="Reason">Human-readable: names the actor, the action and the rule (or the grant that allowed it).</param>
/// <param name="RuleId">
/// On a denial, the rule that denied it (a <see cref="PolicyRuleIds"/> value, or a separation rule's
/// id); on an allow, the grant that allowed it (<c>grant:&lt;action&gt;:&lt;n&gt;</c>).
/// </param>
/// <param name="EscalateTo">Actor id a denial is escalated to, or null for no escalation.</param>
public sealed record PolicyDecision(bool Allowed, string Reason, string? RuleId, string? EscalateTo)
{
    /// <summary>An allow, with the reason naming the grant that allowed it.</summary>
    public static PolicyDecision Allow(string reason, string? ruleId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new PolicyDecision(true, reason, ruleId, null);
    }

    /// <summary>A denial by <paramref name="ruleId"/>, escalated to <paramref name="escalateTo"/> when not null.</summary>
    public static PolicyDecision Deny(string reason, string ruleId, string? escalateTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new PolicyDecision(false, reason, ruleId, escalateTo);
    }
}
