namespace NexusSim.Core.Audit;

/// <summary>
/// A signed statement that run <paramref name="RunId"/>'s chain reached <paramref name="Sequence"/>
/// with hash <paramref name="Hash"/>. Kept outside the database, it lets a verifier detect a
/// truncated tail or a rewritten chain, which the chain alone cannot show. The run id is signed,
/// so a trail swapped in from another run does not verify as this one.
/// </summary>
/// <param name="RunId">The run whose chain this is.</param>
/// <param name="Sequence">The last sequence number the checkpoint covers.</param>
/// <param name="Hash">That entry's hash (lowercase hex).</param>
/// <param name="Sealed">True for the end-of-run checkpoint: the chain ends here and nothing may follow.</param>
/// <param name="PublicKey">The signer's public key (SubjectPublicKeyInfo, base64); a verifier compares it with the key it trusts.</param>
/// <param name="Signature">ECDSA P-256 / SHA-256 over <see cref="AuditCheckpointSigner.Message"/> (IEEE P1363, lowercase hex).</param>
public sealed record AuditCheckpoint(string RunId, long Sequence, string Hash, bool Sealed, string PublicKey, string Signature);
