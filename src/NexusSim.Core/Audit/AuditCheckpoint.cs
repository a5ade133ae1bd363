namespace NexusSim.Core.Audit;

/// <summary>
/// A signed statement that a run's chain reached <paramref name="Sequence"/> with hash
/// <paramref name="Hash"/>. Kept outside the database, it lets a verifier detect a truncated tail
/// or a rewritten chain, which the chain alone cannot show.
/// </summary>
/// <param name="Sequence">The last sequence number the checkpoint covers.</param>
/// <param name="Hash">That entry's hash (lowercase hex).</param>
/// <param name="Signature">HMAC-SHA256 over "sequence:hash" (lowercase hex); see <see cref="AuditCheckpointSigner"/>.</param>
public sealed record AuditCheckpoint(long Sequence, string Hash, string Signature);
