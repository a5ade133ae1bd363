namespace NexusSim.Core.Audit;

/// <summary>
/// One sealed link of a run's append-only audit chain: the recorded event's fields, its sequence
/// number (from 1, without gaps), the previous entry's hash and its own hash, which is SHA-256 over
/// the previous hash and the entry's canonical JSON (see <see cref="AuditCanonical"/>).
/// </summary>
/// <param name="Sequence">Position in the run's chain, starting at 1.</param>
/// <param name="RunId">The run the entry belongs to.</param>
/// <param name="SimulatedAt">When it happened on the simulated clock.</param>
/// <param name="Actor">The acting actor's id, or "system".</param>
/// <param name="Action">What was attempted or done.</param>
/// <param name="Outcome">The result of the action.</param>
/// <param name="Reason">Why.</param>
/// <param name="Subject">What it was about, if anything.</param>
/// <param name="Data">Further facts, serialized with keys in ordinal order.</param>
/// <param name="CausedBy">What caused it, if known.</param>
/// <param name="Recipient">Who it is for, if anyone.</param>
/// <param name="PreviousHash">The previous entry's hash (lowercase hex); 64 zeros for the first.</param>
/// <param name="Hash">This entry's hash (lowercase hex).</param>
public sealed record AuditEntry(
    long Sequence,
    string RunId,
    DateTimeOffset SimulatedAt,
    string Actor,
    string Action,
    string Outcome,
    string Reason,
    string? Subject,
    IReadOnlyDictionary<string, string> Data,
    string? CausedBy,
    string? Recipient,
    string PreviousHash,
    string Hash)
{
    /// <summary>
    /// Seals <paramref name="auditEvent"/> as entry <paramref name="sequence"/> after the entry whose
    /// hash is <paramref name="previousHash"/> (use <see cref="AuditCanonical.GenesisHash"/> for the first).
    /// </summary>
    public static AuditEntry Seal(AuditEvent auditEvent, long sequence, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var unsealed = new AuditEntry(
            sequence,
            auditEvent.RunId,
            auditEvent.SimulatedAt,
            auditEvent.Actor,
            auditEvent.Action,
            auditEvent.Outcome,
            auditEvent.Reason,
            auditEvent.Subject,
            auditEvent.Data,
            auditEvent.CausedBy,
            auditEvent.Recipient,
            previousHash,
            string.Empty);
        return unsealed with { Hash = AuditCanonical.ComputeHash(unsealed) };
    }
}
