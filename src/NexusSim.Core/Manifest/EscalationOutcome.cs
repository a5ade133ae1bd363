namespace NexusSim.Core.Manifest;

/// <summary>What the engine does when an escalation is resolved with an option (see <see cref="EscalationOptions"/>).</summary>
public enum EscalationOutcome
{
    /// <summary>The gate gets another round of its max attempts; the author reworks with the decision's reason as feedback.</summary>
    MoreAttempts,

    /// <summary>Another author reworks the deliverable, with another round of attempts.</summary>
    Reassign,

    /// <summary>The current version goes on as if its blocking gates passed, with the caveat recorded.</summary>
    AcceptWithCaveat,

    /// <summary>The deliverable is dropped from the engagement; the chain stops for it.</summary>
    Descope,

    /// <summary>The escalation goes one level further up the reporting line (at most <c>max_levels</c>).</summary>
    EscalateFurther,
}
