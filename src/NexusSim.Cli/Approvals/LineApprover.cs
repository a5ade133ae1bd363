using NexusSim.Cli.Rendering;
using NexusSim.Core.Approvals;
using Spectre.Console;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// The console approver when stdin is not a terminal: one plain line per approval request, in the
/// order the requests come: <c>approve [reason]</c> or <c>reject &lt;reason&gt;</c> for a version, and
/// <c>&lt;option&gt; [@assignee] &lt;reason&gt;</c> for an escalation that reaches the human. Blank lines and
/// lines starting with <c>#</c> are skipped. When the input ends, or a line is neither, the run
/// pauses as <c>awaiting_approval</c>.
/// </summary>
internal sealed class LineApprover(IAnsiConsole console, TextReader input) : IApprover
{
    private readonly IAnsiConsole _console = console ?? throw new ArgumentNullException(nameof(console));
    private readonly TextReader _input = input ?? throw new ArgumentNullException(nameof(input));

    /// <inheritdoc/>
    public string Name => Running.RunInputs.ConsoleApproverName;

    /// <inheritdoc/>
    public async Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var caveat in request.Caveats)
        {
            _console.WriteSafe($"caveat: {caveat}");
            _console.WriteLine();
        }

        _console.WriteSafe($"Board decision on {request.DeliverableName} v{request.Version.Number} ({request.Version.ContentHash[..12]}), gates {(request.GatesPassed ? "passed" : "NOT all passed")}: ");
        var line = await ReadDecisionLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            _console.WriteLine("(no decision on input)");
            throw new ApprovalPendingException($"no decision on the piped input for {request.DeliverableId} v{request.Version.Number}; give one line per request: 'approve [reason]' or 'reject <reason>'.");
        }

        var (decision, reason) = DecisionLine.Parse(line);
        if (decision is null || (decision == false && reason.Length == 0))
        {
            _console.WriteLine("(not a decision)");
            throw new ApprovalPendingException($"the piped line '{SafeText.Neutralise(line)}' is not a decision for {request.DeliverableId}; write 'approve [reason]' or 'reject <reason>'.");
        }

        _console.WriteSafe(decision.Value ? "approve" : "reject");
        _console.WriteLine();
        return new ApprovalDecision(decision.Value, reason.Length == 0 ? "approved (piped input)" : DecisionText.Keepable(reason), request.Version.ContentHash);
    }

    /// <summary>
    /// An escalation that reached the human: one line <c>&lt;option&gt; [@assignee] &lt;reason&gt;</c>, the
    /// option by its text, its number or its first word. No line, or a line naming no option or giving
    /// no reason, pauses the run as <c>awaiting_approval</c>.
    /// </summary>
    public async Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var escalation = request.Escalation;
        _console.WriteSafe($"Escalation {escalation.Id} on {request.DeliverableName} to {request.DeciderId}: {escalation.Reason.Split('\n')[0]}");
        _console.WriteLine();
        _console.WriteSafe($"options: {EscalationChoice.Numbered(escalation.Options)}; decision: ");
        var line = await ReadDecisionLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            _console.WriteLine("(no decision on input)");
            throw new ApprovalPendingException($"no decision on the piped input for escalation {escalation.Id} ({request.DeliverableName}); give one line '<option> [@assignee] <reason>', the option one of: {string.Join(", ", escalation.Options)}.");
        }

        var (option, assignee, reason) = EscalationChoice.Parse(line, escalation.Options);
        if (option is null || reason.Length == 0)
        {
            _console.WriteLine("(not a decision)");
            throw new ApprovalPendingException($"the piped line '{SafeText.Neutralise(line)}' is not a decision on escalation {escalation.Id}; write '<option> [@assignee] <reason>', the option one of: {string.Join(", ", escalation.Options)}.");
        }

        _console.WriteSafe(option);
        _console.WriteLine();
        return new EscalationDecision(option, DecisionText.Keepable(reason), assignee);
    }

    // The next line that is neither blank nor a # comment, or null at the end of the input.
    private async Task<string?> ReadDecisionLineAsync(CancellationToken cancellationToken)
    {
        string? line;
        do
        {
            // Console.In reads synchronously even through ReadLineAsync, and no read of a pipe observes a
            // token: read on the pool and stop waiting when the run is cancelled (Ctrl+C, SIGTERM).
            line = await Task.Run(_input.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        while (line is not null && (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')));
        return line;
    }
}
