using NexusSim.Core.Audit;

namespace NexusSim.Storage;

/// <summary>Where a run's chain ends, and how far its last checkpoint reaches.</summary>
internal sealed class AuditChainTail
{
    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = AuditCanonical.GenesisHash;

    public long CheckpointedSequence { get; private set; }

    public void Advance(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count > 0)
        {
            LastSequence = entries[^1].Sequence;
            LastHash = entries[^1].Hash;
        }
    }

    /// <summary>
    /// A checkpoint is due when entries were added since the last one and either it is forced (a
    /// status change, dispose), there is none yet, or the chain grew by <paramref name="interval"/>.
    /// </summary>
    public bool IsCheckpointDue(bool force, int interval) =>
        LastSequence > CheckpointedSequence
        && (force || CheckpointedSequence == 0 || LastSequence - CheckpointedSequence >= interval);

    public void MarkCheckpointed(long sequence) => CheckpointedSequence = sequence;

    /// <summary>True once the end-of-run record is written: the chain takes no more entries.</summary>
    public bool IsSealed { get; private set; }

    public void Seal() => IsSealed = true;
}
