namespace NexusSim.Core.Approvals;

/// <summary>A human's decision, with the reason and the content hash of the version it applies to.</summary>
public sealed record ApprovalDecision(bool Approved, string Reason, string VersionHash)
{
    /// <summary>
    /// What a rejecting human found, each issue quoting the words at fault (its target), as a reviewer's
    /// issues do: the author's rework is sent them, so it can mend the text they quote. Empty when the
    /// reason is about the whole version (and for an approval).
    /// </summary>
    public IReadOnlyList<ApprovalIssue> Issues { get; init; } = [];
}
