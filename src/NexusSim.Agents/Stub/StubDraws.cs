using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub;

/// <summary>
/// The stub's keyed draws: every random decision gets its own generator, keyed by what it decides
/// (seed, deliverable, draft or version, purpose) and never by turn order or by a generator shared
/// across deliverables. So a run that differs only in governance (a gate removed, a grant, another
/// approver) writes the same first drafts, and two variants compare pair by pair.
/// </summary>
internal static class StubDraws
{
    /// <summary>The generator for one purpose on one draft of one deliverable.</summary>
    public static DeterministicRandom For(ulong seed, string deliverableId, int draft, string purpose) =>
        For(seed, deliverableId, "draft-" + draft.ToString(CultureInfo.InvariantCulture), purpose);

    /// <summary>The generator for one purpose on one version (by hash, or any other stable name) of one deliverable.</summary>
    public static DeterministicRandom For(ulong seed, string deliverableId, string version, string purpose) =>
        DeterministicRandom.From("draw", seed.ToString(CultureInfo.InvariantCulture), deliverableId, version, purpose);
}
