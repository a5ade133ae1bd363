using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;
using Spectre.Console;

namespace NexusSim.Cli.Running;

/// <summary>The live view of a run: one line per turn or step (who, what, which actions), gate verdicts, denials and escalations.</summary>
internal sealed class LiveConsoleObserver : IEngagementObserver
{
    private readonly IAnsiConsole _console;
    private readonly object _sync = new();

    public LiveConsoleObserver(IAnsiConsole console) => _console = console ?? throw new ArgumentNullException(nameof(console));

    public void OnStep(string stepKey, string actorId, string description, IReadOnlyList<ActionOutcome> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var step = stepKey.Split('-', 2)[0];
        var calls = actions.Count == 0
            ? "[grey](no action)[/]"
            : string.Join("  ", actions.Select(a => a.Executed ? $"[green]✓ {Markup.Escape(a.Action)}[/]" : $"[red]✗ {Markup.Escape(a.Action)}[/]"));
        lock (_sync)
        {
            _console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{step}[/] [bold]{Markup.Escape(actorId),-13}[/] {Markup.Escape(description)}  {calls}"));
            foreach (var denied in actions.Where(a => !a.Executed))
            {
                _console.MarkupLine($"       [red]denied[/] {Markup.Escape(Shorten(denied.Result))}");
            }
        }
    }

    public void OnVerdict(DeliverableState deliverable, GateVerdictRecord verdict)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(verdict);
        var word = verdict.Verdict == GateVerdict.Pass ? "[green]PASS[/]" : "[yellow]NEEDS WORK[/]";
        lock (_sync)
        {
            _console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"       gate [bold]{Markup.Escape(verdict.GateId)}[/] on {Markup.Escape(deliverable.Type.Name)} v{deliverable.Current?.Number} (attempt {verdict.Attempt}, {Markup.Escape(verdict.Reviewer)}): {word}"));
            foreach (var issue in verdict.Issues.Take(3))
            {
                _console.MarkupLine($"         {Markup.Escape(Shorten(NexusSim.Core.Gates.GateIssueText.Format([issue])))}");
            }
        }
    }

    public void OnEscalation(EscalationRecord escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        lock (_sync)
        {
            _console.MarkupLine($"       [magenta]escalated[/] {Markup.Escape(escalation.Subject)} from {Markup.Escape(escalation.From)} to {Markup.Escape(escalation.To)}");
        }
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..157] + "...";
    }
}
