namespace NexusSim.Core.Audit;

/// <summary>
/// Checks a run's audit chain, entry by entry in the order given (a store reads them by sequence).
/// It finds an edited entry (its hash no longer matches its content), a deleted entry (a sequence
/// gap, or a previous hash that is not the prior entry's hash), reordered entries (each entry's
/// sequence is inside its hash) and, against a checkpoint, a truncated tail or a rewritten chain.
/// </summary>
public static class AuditVerifier
{
    /// <summary>
    /// Verifies <paramref name="entries"/>; when <paramref name="checkpoint"/> is given its entry must
    /// be in the chain with the same hash, and the chain must not end before it. The checkpoint's
    /// signature is not checked here (see the overload taking a signer).
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditCheckpoint? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previousHash = AuditCanonical.GenesisHash;
        var expected = 1L;
        string? runId = null;
        string? checkpointedHash = null;
        foreach (var entry in entries)
        {
            var problem = Check(entry, expected, previousHash, runId ??= entry.RunId);
            if (problem is not null)
            {
                return problem;
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Sequence)
            {
                checkpointedHash = entry.Hash;
            }

            previousHash = entry.Hash;
            expected++;
        }

        var last = expected - 1;
        if (checkpoint is null)
        {
            return AuditVerification.Valid($"{last} entries verified; no checkpoint given, so a truncated tail cannot be ruled out.");
        }

        if (last < checkpoint.Sequence)
        {
            return AuditVerification.Invalid(
                last + 1,
                $"The chain ends at entry {last} but the checkpoint covers entry {checkpoint.Sequence}: entries {last + 1} to {checkpoint.Sequence} were removed.");
        }

        if (!string.Equals(checkpointedHash, checkpoint.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(
                checkpoint.Sequence,
                $"Entry {checkpoint.Sequence} does not match the checkpoint's hash: the chain was rewritten at or before entry {checkpoint.Sequence}.");
        }

        return AuditVerification.Valid($"{last} entries verified; checkpoint at entry {checkpoint.Sequence} matches.");
    }

    /// <summary>
    /// As <see cref="Verify(IEnumerable{AuditEntry}, AuditCheckpoint?)"/>, after rejecting a
    /// checkpoint whose signature was not made with <paramref name="signer"/>'s key.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditCheckpoint? checkpoint, AuditCheckpointSigner signer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(signer);
        if (checkpoint is not null && !signer.IsAuthentic(checkpoint))
        {
            return AuditVerification.Invalid(
                null,
                $"The checkpoint's signature (entry {checkpoint.Sequence}) is not valid: it was forged, altered or signed with another key.");
        }

        return Verify(entries, checkpoint);
    }

    private static AuditVerification? Check(AuditEntry entry, long expected, string previousHash, string runId)
    {
        if (entry.Sequence != expected)
        {
            return AuditVerification.Invalid(
                expected,
                entry.Sequence > expected
                    ? $"Entry {expected} is missing: the next entry found is {entry.Sequence}."
                    : $"Entry {expected} is out of order: found entry {entry.Sequence} in its place.");
        }

        if (!string.Equals(entry.RunId, runId, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(expected, $"Entry {expected} belongs to run '{entry.RunId}', not '{runId}'.");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(
                expected,
                $"Entry {expected}'s previous hash does not match entry {expected - 1}'s hash: an entry before it was removed or replaced.");
        }

        if (!string.Equals(AuditCanonical.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(expected, $"Entry {expected} was altered: its hash does not match its content.");
        }

        return null;
    }
}
