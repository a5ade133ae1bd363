using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Cli.Approvals;
using NexusSim.Cli.Rendering;
using Spectre.Console;

namespace NexusSim.Cli.Running;

/// <summary>
/// The human at the terminal: shows the deliverable version and its gate record, then asks to
/// approve or reject it with a reason. The decision binds to the content hash that was shown.
/// </summary>
internal sealed class ConsoleApprover : IApprover
{
    private const int PreviewLines = 40;
    private readonly IAnsiConsole _console;

    public ConsoleApprover(IAnsiConsole console) => _console = console ?? throw new ArgumentNullException(nameof(console));

    public string Name => RunInputs.ConsoleApproverName;

    public Task<ApprovalDecision> DecideAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Interruptible(() => Decide(request), cancellationToken);
    }

    /// <summary>
    /// An escalation that reached the human at the terminal: the report, then one of the firm's
    /// options, a reason, and (to reassign) who takes the work over.
    /// </summary>
    public Task<EscalationDecision?> DecideEscalationAsync(EscalationDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Interruptible<EscalationDecision?>(() => DecideEscalation(request), cancellationToken);
    }

    // A terminal prompt blocks in a key read that observes no token: it runs on the pool, and the run
    // stops waiting for it the moment it is cancelled (Ctrl+C, SIGTERM), a key pressed or not.
    private static Task<T> Interruptible<T>(Func<T> prompt, CancellationToken cancellationToken) =>
        Task.Run(prompt, CancellationToken.None).WaitAsync(cancellationToken);

    private ApprovalDecision Decide(ApprovalRequest request)
    {
        var lines = request.Version.Markdown.Split('\n');
        var preview = string.Join('\n', lines.Take(PreviewLines)) + (lines.Length > PreviewLines ? $"\n… ({lines.Length - PreviewLines} more lines)" : string.Empty);
        // The preview is a model's text and the names come from the manifest: neutralised, never read
        // as markup. A panel header is always markup (and turns :shortcodes: into emoji), so the title
        // is the panel's first line, as plain text.
        var title = SafeText.Plain($"{request.DeliverableName} v{request.Version.Number} — {request.Version.ContentHash[..12]} (requested by {request.RequestedBy})");
        _console.Write(new Panel(new Rows(title, SafeText.Block(preview))).Border(BoxBorder.Rounded));
        var gates = new Table().AddColumns("Gate", "Attempt", "Reviewer", "Verdict", "Issues");
        foreach (var verdict in request.GateRecord)
        {
            gates.AddRow(
                SafeText.Plain(verdict.GateId),
                new Text(verdict.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                SafeText.Plain(verdict.Reviewer),
                verdict.Verdict == GateVerdict.Pass ? new Markup("[green]pass[/]") : new Markup("[yellow]needs work[/]"),
                new Text(verdict.Issues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        _console.Write(gates);
        foreach (var caveat in request.Caveats)
        {
            _console.Write(SafeText.Plain("caveat: " + caveat, new Style(Color.Yellow)));
            _console.WriteLine();
        }

        _console.MarkupLine(request.GatesPassed ? "[green]Every blocking gate passed for this version.[/]" : "[red]The gates have NOT all passed for this version.[/]");
        var approve = _console.Prompt(new SelectionPrompt<string>()
            .Title("Board decision on the version above?")
            .AddChoices("approve", "reject")) == "approve";
        return new ApprovalDecision(approve, Reason(), request.Version.ContentHash);
    }

    private EscalationDecision DecideEscalation(EscalationDecisionRequest request)
    {
        var escalation = request.Escalation;
        var title = SafeText.Plain($"Escalation {escalation.Id} on {request.DeliverableName} — to {request.DeciderId}, level {escalation.Level}");
        _console.Write(new Panel(new Rows(title, SafeText.Block(request.Report))).Border(BoxBorder.Rounded));
        // Options come from the manifest: shown as written, never read as markup.
        var option = _console.Prompt(new SelectionPrompt<string>()
            .Title("Decision on the escalation above?")
            .UseConverter(SafeText.AsMarkup)
            .AddChoices(escalation.Options));
        var reason = Reason();
        string? assignee = null;
        if (EscalationOptions.Map(option) == EscalationOutcome.Reassign)
        {
            var named = _console.Prompt(new TextPrompt<string>("Reassign to (agent id; blank: the next agent of the chain):").AllowEmpty());
            assignee = string.IsNullOrWhiteSpace(named) ? null : named.Trim();
        }

        return new EscalationDecision(option, reason, assignee);
    }

    // A reason as the run keeps a human's text (DecisionText, as the piped and file approvers do), and
    // asked again while nothing of it would be kept.
    private string Reason() => DecisionText.Keepable(_console.Prompt(new TextPrompt<string>("Reason:")
        .Validate(r => !string.IsNullOrWhiteSpace(DecisionText.Keepable(r)), "Give a reason for the record."))).Trim();
}
