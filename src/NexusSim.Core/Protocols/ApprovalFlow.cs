using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The human's part: the requester asks for approval, the approver decides on the exact version
/// (its decision is bound to that version's content hash), and an approved version is released.
/// Every step is an action through the same choke point an agent's tool call uses.
/// </summary>
internal sealed class ApprovalFlow
{
    private readonly EngagementSession _session;
    private readonly DeliverableState _deliverable;
    private readonly string _lane;

    public ApprovalFlow(EngagementSession session, DeliverableState deliverable, string lane)
    {
        _session = session;
        _deliverable = deliverable;
        _lane = lane;
    }

    /// <summary>True when the deliverable was approved and released.</summary>
    public async Task<bool> RunAsync(string humanId, string requester, CancellationToken cancellationToken)
    {
        var version = _deliverable.Current ?? throw new InvalidOperationException($"{_deliverable.Type.Name} has no version to approve.");
        var request = await _session.InvokeAsync(requester, ActionIds.RequestApproval, Args(version.ContentHash, "Ready for release: the chain is complete."), _lane, cancellationToken).ConfigureAwait(false);
        if (!request.Executed)
        {
            return false;
        }

        var decision = await _session.Approver.DecideAsync(
            new ApprovalRequest(humanId, _deliverable.Id, _deliverable.Type.Name, version, _deliverable.Verdicts,
                _deliverable.GatesPassedHash == version.ContentHash, requester),
            cancellationToken).ConfigureAwait(false);
        var action = decision.Approved ? ActionIds.Approve : ActionIds.Reject;
        var recorded = await _session.InvokeAsync(humanId, action, Args(decision.VersionHash, decision.Reason), _lane, cancellationToken).ConfigureAwait(false);
        if (!recorded.Executed)
        {
            return false;
        }

        _session.Metrics.AddDecision(decision.Approved);
        if (!decision.Approved)
        {
            return false;
        }

        var release = await _session.InvokeAsync(humanId, ActionIds.ReleaseToClient, Args(decision.VersionHash, null), _lane, cancellationToken).ConfigureAwait(false);
        if (release.Executed)
        {
            _session.Metrics.AddRelease();
        }

        return release.Executed;
    }

    private Dictionary<string, object?> Args(string versionHash, string? reason)
    {
        var args = new Dictionary<string, object?>
        {
            [ActionArgs.DeliverableId] = _deliverable.Id,
            [ActionArgs.VersionHash] = versionHash,
        };
        if (reason is not null)
        {
            args[ActionArgs.Reason] = reason;
        }

        return args;
    }
}
