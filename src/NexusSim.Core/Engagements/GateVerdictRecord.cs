using NexusSim.Core.Gates;

namespace NexusSim.Core.Engagements;

/// <summary>A recorded gate verdict: which gate, which attempt, which version, who, and why.</summary>
/// <param name="GateId">Gate id.</param>
/// <param name="Attempt">1-based attempt number at this gate.</param>
/// <param name="VersionHash">Content hash of the version judged.</param>
/// <param name="Reviewer">Actor id of the reviewer, or "checks" for the deterministic checks.</param>
/// <param name="Verdict">Pass or needs work.</param>
/// <param name="Evidence">What the verdict rests on; a pass without evidence is recorded as needs work.</param>
/// <param name="Issues">Written issues for the author.</param>
public sealed record GateVerdictRecord(
    string GateId,
    int Attempt,
    string VersionHash,
    string Reviewer,
    GateVerdict Verdict,
    string Evidence,
    IReadOnlyList<GateIssue> Issues);
