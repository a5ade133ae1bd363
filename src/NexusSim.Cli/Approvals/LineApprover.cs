using NexusSim.Cli.Rendering;
using NexusSim.Core.Approvals;
using Spectre.Console;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// The console approver when stdin is not a terminal: one plain line per approval request, in the
/// order the requests come: <c>approve [reason]</c> or <c>reject &lt;reason&gt;</c>. Blank lines and
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
        _console.WriteSafe($"Board decision on {request.DeliverableName} v{request.Version.Number} ({request.Version.ContentHash[..12]}), gates {(request.GatesPassed ? "passed" : "NOT all passed")}: ");
        string? line;
        do
        {
            // Console.In reads synchronously even through ReadLineAsync, and no read of a pipe observes a
            // token: read on the pool and stop waiting when the run is cancelled (Ctrl+C, SIGTERM).
            line = await Task.Run(_input.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        while (line is not null && (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')));

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
        return new ApprovalDecision(decision.Value, reason.Length == 0 ? "approved (piped input)" : reason, request.Version.ContentHash);
    }
}
