using NexusSim.Core.Engagements;

namespace NexusSim.Core.Approvals;

/// <summary>What a human approver is shown: the deliverable, the exact version, and its gate record.</summary>
/// <param name="ApproverId">The human actor asked to decide.</param>
/// <param name="DeliverableId">Deliverable id.</param>
/// <param name="DeliverableName">Display name.</param>
/// <param name="Version">The version to decide on; the decision is bound to its content hash.</param>
/// <param name="GateRecord">Every verdict recorded for the deliverable.</param>
/// <param name="GatesPassed">True when every blocking review gate passed for this version; for a human judging a review gate, every other blocking review gate run up to that gate's step.</param>
/// <param name="RequestedBy">Who asked for approval.</param>
public sealed record ApprovalRequest(
    string ApproverId,
    string DeliverableId,
    string DeliverableName,
    DeliverableVersion Version,
    IReadOnlyList<GateVerdictRecord> GateRecord,
    bool GatesPassed,
    string RequestedBy)
{
    /// <summary>Caveats an escalation's acceptance recorded on this version (who accepted, why); empty when none.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];
}
