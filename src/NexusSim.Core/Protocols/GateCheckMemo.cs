using System.Collections.Concurrent;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The findings of each deterministic check on each content, within one engagement: a check is a
/// pure function of its input, so the same check on the same version (with the same earlier
/// deliverables beside it, for a check that reads them) is run once however many gates or
/// re-judgements ask for it. The key holds everything of the input that varies within an
/// engagement and that the check reads: the check, the deliverable type, the version's content
/// hash and, for a check that reads earlier deliverables
/// (<see cref="IDeliverableCheck.ReadsEarlierDeliverables"/>), the content hashes of the other
/// deliverables' current versions (glossary, banned phrases and brief are fixed for the
/// engagement). Bounded: at most <see cref="Capacity"/> findings are remembered; more are checked
/// each time. It also holds the engagement's <see cref="Readings"/>, so each version's text is
/// parsed once for every check and judgement that reads it.
/// </summary>
internal sealed class GateCheckMemo
{
    /// <summary>Findings remembered at most.</summary>
    public const int Capacity = 4096;

    // Keyed by the parts themselves (compared ordinally), not by one string joined from them at every ask.
    private readonly ConcurrentDictionary<(CheckKind Kind, string Version, string Others), IReadOnlyList<GateIssue>> _findings = new();
    private long _runs;
    private int _remembered;

    /// <summary>What the checks read from each deliverable text of the engagement.</summary>
    public DeliverableReadings Readings { get; } = new();

    /// <summary>How many checks actually ran (the rest came from memory).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>
    /// The findings of <paramref name="kind"/> on <paramref name="input"/>, keyed by <paramref name="versionKey"/>
    /// (the deliverable type and the version's content hash) and, when the check reads earlier
    /// deliverables, <paramref name="othersKey"/> (their versions' content hashes).
    /// </summary>
    public IReadOnlyList<GateIssue> Check(CheckKind kind, string versionKey, string othersKey, CheckInput input)
    {
        var check = DeliverableChecks.For(kind);
        var key = (kind, versionKey, check.ReadsEarlierDeliverables ? othersKey : string.Empty);
        if (_findings.TryGetValue(key, out var known))
        {
            return known;
        }

        IReadOnlyList<GateIssue> found = [.. check.Check(input)];
        Interlocked.Increment(ref _runs);
        // Counted here rather than read from the dictionary, whose Count takes every lock it has.
        if (Volatile.Read(ref _remembered) < Capacity && _findings.TryAdd(key, found))
        {
            Interlocked.Increment(ref _remembered);
        }

        return found;
    }
}
