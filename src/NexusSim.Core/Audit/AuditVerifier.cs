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
        var chain = entries as IReadOnlyList<AuditEntry> ?? [.. entries];
        var previousHash = AuditCanonical.GenesisHash;
        var expected = 1L;
        string? runId = null;
        string? checkpointedHash = null;
        foreach (var entry in chain)
        {
            var problem = Check(chain, entry, expected, previousHash, runId ??= entry.RunId);
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
    /// checkpoint not signed with <paramref name="verifier"/>'s trusted key, or signed for another run.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditCheckpoint? checkpoint, AuditCheckpointVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(verifier);
        var chain = entries as IReadOnlyList<AuditEntry> ?? [.. entries];
        if (checkpoint is not null)
        {
            if (verifier.Problem(checkpoint) is { } problem)
            {
                return AuditVerification.Invalid(null, problem);
            }

            if (chain.Count > 0 && !string.Equals(chain[0].RunId, checkpoint.RunId, StringComparison.Ordinal))
            {
                return AuditVerification.Invalid(
                    1,
                    $"The trail belongs to run '{chain[0].RunId}' but its signed checkpoint is for run '{checkpoint.RunId}': the trail or the checkpoint was swapped in from another run.");
            }
        }

        return Verify(chain, checkpoint);
    }

    private static AuditVerification? Check(IReadOnlyList<AuditEntry> chain, AuditEntry entry, long expected, string previousHash, string runId)
    {
        if (entry.Sequence != expected)
        {
            var missing = entry.Sequence > expected && !chain.Any(e => e.Sequence == expected);
            return AuditVerification.Invalid(
                expected,
                missing
                    ? $"Entry {expected} is missing: the next entry found is {entry.Sequence}."
                    : $"Entry {expected} is out of order: found entry {entry.Sequence} in its place.");
        }

        if (!string.Equals(entry.RunId, runId, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(expected, $"Entry {expected} belongs to run '{entry.RunId}', not '{runId}'.");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return BrokenLink(chain, entry, expected);
        }

        if (!string.Equals(AuditCanonical.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Invalid(expected, $"Entry {expected} was altered: its hash does not match its content.");
        }

        return null;
    }

    /// <summary>
    /// Entry <paramref name="expected"/> does not chain after the entry before it. If it chains after
    /// an entry found later, entries were reordered; if after an earlier one, the entries between
    /// were inserted (the first of them is the first bad entry); otherwise one was removed or replaced.
    /// </summary>
    private static AuditVerification BrokenLink(IReadOnlyList<AuditEntry> chain, AuditEntry entry, long expected)
    {
        var position = (int)(expected - 1);
        var linked = -1;
        for (var i = 0; i < chain.Count; i++)
        {
            if (i != position && string.Equals(chain[i].Hash, entry.PreviousHash, StringComparison.Ordinal))
            {
                linked = i;
                break;
            }
        }

        if (linked > position)
        {
            return AuditVerification.Invalid(
                expected,
                $"Entry {expected} is out of order: it chains after the entry found at position {linked + 1}, which comes later.");
        }

        if (linked >= 0 && linked < position - 1)
        {
            var firstInserted = linked + 2;
            return AuditVerification.Invalid(
                firstInserted,
                $"Entry {firstInserted} was inserted: entry {expected} chains directly after entry {linked + 1}, so entries {firstInserted} to {expected - 1} are not part of the original chain.");
        }

        return AuditVerification.Invalid(
            expected,
            $"Entry {expected}'s previous hash does not match entry {expected - 1}'s hash: an entry before it was removed or replaced.");
    }
}
