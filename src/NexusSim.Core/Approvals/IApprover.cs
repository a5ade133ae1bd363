namespace NexusSim.Core.Approvals;

/// <summary>
/// How the human decides on client-facing work: interactively on a console, or by a policy in
/// batch runs. The engine records the decision through the same action functions an agent uses.
/// </summary>
public interface IApprover
{
    /// <summary>The policy's name as given on the command line.</summary>
    string Name { get; }

    /// <summary>Decides on one version.</summary>
    Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Decides an escalation that reached this human: one of the firm's options with the reason.
    /// Null leaves it undecided (the run then reports it as unresolved). An approver that does not
    /// implement it decides nothing.
    /// </summary>
    Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<EscalationDecision?>(null);
}
