using NexusSim.Core.Approvals;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// <c>--approver file:PATH</c>: the Board's decisions come from a YAML file (see <see cref="FileDecisions"/>).
/// A request whose deliverable (or escalation) has no decision in the file pauses the run as <c>awaiting_approval</c>.
/// </summary>
internal sealed class FileApprover(string path, IReadOnlyDictionary<string, (bool Approve, string Reason)> decisions, IReadOnlyDictionary<string, FileEscalationDecision> escalations) : IApprover
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
                $"{NoDecision($"{request.DeliverableId} v{request.Version.Number}")}; add '- deliverable: {request.DeliverableId}', 'decision: approve|reject', 'reason: …' and run again.");
        }

        return Task.FromResult(new ApprovalDecision(decision.Approve, decision.Reason, request.Version.ContentHash));
    }

    /// <inheritdoc/>
    public Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var escalation = request.Escalation;
        var options = string.Join(", ", escalation.Options);
        if (!escalations.TryGetValue(escalation.Id, out var entry))
        {
            throw new ApprovalPendingException(
                $"{NoDecision($"escalation {escalation.Id}")} ({request.DeliverableName}, to {request.DeciderId}); add '- escalation: {escalation.Id}', 'decision: <one of: {options}>', 'reason: …' (and 'assignee: AGENT' to reassign) and run again. The report is escalations/{escalation.Id}.md in the run folder.");
        }

        var option = EscalationChoice.Match(entry.Option, escalation.Options)
            ?? throw new ApprovalPendingException($"{path}:{entry.Line}: decision: '{entry.Option}' for {escalation.Id} is not one of the firm's escalation options ({options}); write one of them and run again.");
        return Task.FromResult<EscalationDecision?>(new EscalationDecision(option, entry.Reason, entry.Assignee));
    }

    // A file that does not exist is no decisions yet (the run stops at the first one needed), but a
    // mistyped path reads the same: the message says which it is.
    private string NoDecision(string what) => File.Exists(path)
        ? $"{path} has no decision for {what}"
        : $"{path} does not exist (check the path; to start a decisions file, create it), so it has no decision for {what}";
}
