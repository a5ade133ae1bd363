using System.Collections.Concurrent;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The findings of each deterministic check on each content, within one engagement: a check is a
/// pure function of its input, so the same check on the same version (with the same earlier
/// deliverables beside it) is run once however many gates or re-judgements ask for it. The key
/// holds everything of the input that varies within an engagement: the check, the deliverable
/// type, the version's content hash and the content hashes of the other deliverables' current
/// versions (glossary, banned phrases and brief are fixed for the engagement). Bounded: at most
/// <see cref="Capacity"/> findings are remembered; more are checked each time.
/// </summary>
internal sealed class GateCheckMemo
{
    /// <summary>Findings remembered at most.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, IReadOnlyList<GateIssue>> _findings = new(StringComparer.Ordinal);
    private long _runs;
    private int _remembered;

    /// <summary>How many checks actually ran (the rest came from memory).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>The findings of <paramref name="kind"/> on <paramref name="input"/>, keyed by <paramref name="contentKey"/> (the varying part of the input).</summary>
    public IReadOnlyList<GateIssue> Check(CheckKind kind, string contentKey, CheckInput input)
    {
        var key = kind.ToString() + "\n" + contentKey;
        if (_findings.TryGetValue(key, out var known))
        {
            return known;
        }

        IReadOnlyList<GateIssue> found = [.. DeliverableChecks.For(kind).Check(input)];
        Interlocked.Increment(ref _runs);
        // Counted here rather than read from the dictionary, whose Count takes every lock it has.
        if (Volatile.Read(ref _remembered) < Capacity && _findings.TryAdd(key, found))
        {
            Interlocked.Increment(ref _remembered);
        }

        return found;
    }
}
