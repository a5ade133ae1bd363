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

    /// <summary>The label a denial's <see cref="Reason"/> starts with, before its <see cref="Statement"/>.</summary>
    public const string DeniedLabel = "Denied: ";

    /// <summary>
    /// On a denial, what was denied and why without the label (<c>actor may not action (rule r): detail.</c>),
    /// the words a reader is told; null on an allow.
    /// </summary>
    public string? Statement { get; init; }

    /// <summary>
    /// A denial by <paramref name="ruleId"/>, escalated to <paramref name="escalateTo"/> when not null: its
    /// <see cref="Reason"/> is <paramref name="statement"/> after <see cref="DeniedLabel"/>.
    /// </summary>
    public static PolicyDecision Deny(string statement, string ruleId, string? escalateTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new PolicyDecision(false, DeniedLabel + statement, ruleId, escalateTo) { Statement = statement };
    }
}
