namespace NexusSim.Core.Manifest;

/// <summary>
/// The audit's names for <see cref="EscalationOutcome"/>: snake_case ids, fixed here rather than taken
/// from the enum's C# names, so the trail's vocabulary does not change when the code is renamed.
/// </summary>
public static class EscalationOutcomeIds
{
    /// <summary>The id of <paramref name="outcome"/>: <c>more_attempts</c>, <c>reassign</c>, <c>accept_with_caveat</c>, <c>descope</c> or <c>escalate_further</c>.</summary>
    public static string Of(EscalationOutcome outcome) => outcome switch
    {
        EscalationOutcome.MoreAttempts => "more_attempts",
        EscalationOutcome.Reassign => "reassign",
        EscalationOutcome.AcceptWithCaveat => "accept_with_caveat",
        EscalationOutcome.Descope => "descope",
        EscalationOutcome.EscalateFurther => "escalate_further",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an escalation outcome."),
    };
}
