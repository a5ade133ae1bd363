namespace NexusSim.Core.Audit;

/// <summary>The result of verifying an audit chain.</summary>
/// <param name="IsValid">True when the chain is intact (and agrees with the checkpoint, if one was given).</param>
/// <param name="FirstBadSequence">The sequence number of the first bad (or missing) entry, when one can be named.</param>
/// <param name="Reason">What was found, in words a person can act on.</param>
public sealed record AuditVerification(bool IsValid, long? FirstBadSequence, string Reason)
{
    /// <summary>A passing result.</summary>
    public static AuditVerification Valid(string reason) => new(true, null, reason);

    /// <summary>A failing result naming the first bad entry (or none).</summary>
    public static AuditVerification Invalid(long? firstBadSequence, string reason) => new(false, firstBadSequence, reason);
}
