namespace NexusSim.Core.Approvals;

/// <summary>A human's decision, with the reason and the content hash of the version it applies to.</summary>
public sealed record ApprovalDecision(bool Approved, string Reason, string VersionHash);
