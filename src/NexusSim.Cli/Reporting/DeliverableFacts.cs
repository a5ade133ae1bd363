using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Reporting;

/// <summary>A deliverable at the end of the run: its versions, its gate record, its approval and release, and the caveats its final version carries (null in runs recorded before they were kept).</summary>
internal sealed record DeliverableFacts(
    string Id,
    string Name,
    string Status,
    IReadOnlyList<VersionFacts> Versions,
    IReadOnlyList<GateVerdictRecord> Verdicts,
    ApprovalRecord? Approval,
    string? ReleasedHash,
    IReadOnlyList<string>? Caveats = null);
