using NexusSim.Core.Approvals;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// <c>--approver file:PATH</c>: the Board's decisions come from a YAML file (see <see cref="FileDecisions"/>).
/// A request whose deliverable has no decision in the file pauses the run as <c>awaiting_approval</c>.
/// </summary>
internal sealed class FileApprover(string path, IReadOnlyDictionary<string, (bool Approve, string Reason)> decisions) : IApprover
{
    /// <summary>The approver's prefix on the command line.</summary>
    public const string Prefix = "file:";

    /// <inheritdoc/>
    public string Name => Prefix + path;

    /// <inheritdoc/>
    public Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (!decisions.TryGetValue(request.DeliverableId, out var decision))
        {
            throw new ApprovalPendingException(
                $"{path} has no decision for {request.DeliverableId} v{request.Version.Number}; add '- deliverable: {request.DeliverableId}', 'decision: approve|reject', 'reason: …' and run again.");
        }

        return Task.FromResult(new ApprovalDecision(decision.Approve, decision.Reason, request.Version.ContentHash));
    }
}
