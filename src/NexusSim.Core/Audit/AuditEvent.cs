namespace NexusSim.Core.Audit;

/// <summary>
/// What a caller records in the audit trail: a decision or a state change with its reason.
/// The store assigns the sequence number and seals it into the hash chain as an
/// <see cref="AuditEntry"/>.
/// </summary>
/// <param name="RunId">The run the event belongs to.</param>
/// <param name="SimulatedAt">When it happened on the simulated clock.</param>
/// <param name="Actor">The acting actor's id, or "system".</param>
/// <param name="Action">What was attempted or done (an action id or an engine step).</param>
/// <param name="Outcome">The result: "allowed", "denied", "executed", "passed", "failed", "escalated", "approved"...</param>
/// <param name="Reason">Why: every decision carries a reason.</param>
/// <param name="Subject">What it was about (e.g. a deliverable id and version), if anything.</param>
/// <param name="Data">Further facts; serialized with keys in ordinal order. Never secrets.</param>
/// <param name="CausedBy">What caused it (a message, turn or earlier entry), if known.</param>
/// <param name="Recipient">Who it is for, if anyone.</param>
public sealed record AuditEvent(
    string RunId,
    DateTimeOffset SimulatedAt,
    string Actor,
    string Action,
    string Outcome,
    string Reason,
    string? Subject,
    IReadOnlyDictionary<string, string> Data,
    string? CausedBy,
    string? Recipient);
