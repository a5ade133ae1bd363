using NexusSim.Core.Gates;

namespace NexusSim.Core.Engagements;

/// <summary>A sign-off (or refusal) bound to the content hash of the version the approver saw.</summary>
public sealed record ApprovalRecord(string Approver, string VersionHash, bool Approved, string Reason)
{
    /// <summary>How many gate verdicts the deliverable had when it was decided: where the decision stands in its gate record.</summary>
    public int VerdictsBefore { get; init; }

    /// <summary>
    /// A rejection's issues, the issue lines of its reason (written as a gate verdict's, each quoting the
    /// words at fault); empty when the reason is about the whole version.
    /// </summary>
    public IReadOnlyList<GateIssue> Issues { get; init; } = [];
}
