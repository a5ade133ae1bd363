using NexusSim.Core.Approvals;

namespace NexusSim.Core.Tests.Protocols.Support;

/// <summary>A human approver whose decisions are queued by the test; it records every request it was shown.</summary>
internal sealed class ScriptedApprover : IApprover
{
    public string Name => "scripted";

    public Queue<(bool Approved, string Reason)> Decisions { get; } = new();

    public Queue<EscalationDecision?> EscalationDecisions { get; } = new();

    /// <summary>The issues of the next rejections, one list each (none: the reason alone).</summary>
    public Queue<IReadOnlyList<ApprovalIssue>> RejectionIssues { get; } = new();

    public List<ApprovalRequest> Shown { get; } = [];

    public List<EscalationDecisionRequest> EscalationsShown { get; } = [];

    public Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        Shown.Add(request);
        var (approved, reason) = Decisions.Count > 0 ? Decisions.Dequeue() : (true, "fine");
        var issues = !approved && RejectionIssues.Count > 0 ? RejectionIssues.Dequeue() : [];
        return Task.FromResult(new ApprovalDecision(approved, reason, request.Version.ContentHash) { Issues = issues });
    }

    public Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken)
    {
        EscalationsShown.Add(request);
        return Task.FromResult(EscalationDecisions.Count > 0 ? EscalationDecisions.Dequeue() : null);
    }
}
