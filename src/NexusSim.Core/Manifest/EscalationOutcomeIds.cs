namespace NexusSim.Core.Manifest;

/// <summary>
/// The one vocabulary for <see cref="EscalationOutcome"/> outside the code: the audit's
/// <c>escalation_decision</c> entry names a decision's outcome with it, and summary.json's
/// <c>escalation_outcomes</c> counts decisions under the same names. Fixed here rather than taken from
/// the enum's C# names, so neither changes when the code is renamed.
/// </summary>
public static class EscalationOutcomeIds
{
    /// <summary>Another round at the gate.</summary>
    public const string MoreAttempts = "more_attempts";

    /// <summary>The deliverable goes to another author.</summary>
    public const string Reassigned = "reassigned";

    /// <summary>The version goes on with a recorded caveat.</summary>
    public const string AcceptedWithCaveat = "accepted_with_caveat";

    /// <summary>The deliverable is dropped.</summary>
    public const string Descoped = "descoped";

    /// <summary>The escalation goes one level up.</summary>
    public const string EscalatedFurther = "escalated_further";

    /// <summary>The id of <paramref name="outcome"/>.</summary>
    public static string Of(EscalationOutcome outcome) => outcome switch
    {
        EscalationOutcome.MoreAttempts => MoreAttempts,
        EscalationOutcome.Reassign => Reassigned,
        EscalationOutcome.AcceptWithCaveat => AcceptedWithCaveat,
        EscalationOutcome.Descope => Descoped,
        EscalationOutcome.EscalateFurther => EscalatedFurther,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an escalation outcome."),
    };
}
