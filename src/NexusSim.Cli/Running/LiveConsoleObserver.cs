using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;
using NexusSim.Cli.Rendering;
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
        lock (_sync)
        {
            // Actor ids, descriptions, action names and denial reasons come from the manifest or a model: plain, neutralised text.
            _console.WriteSafe(step, Grey);
            _console.Write(" ");
            _console.WriteSafe(string.Create(CultureInfo.InvariantCulture, $"{actorId,-13}"), Bold);
            _console.WriteSafe($" {description}  ");
            if (actions.Count == 0)
            {
                _console.WriteSafe("(no action)", Grey);
            }

            foreach (var (action, index) in actions.Select((a, i) => (a, i)))
            {
                _console.WriteSafe((index == 0 ? string.Empty : "  ") + (action.Executed ? "✓ " : "✗ ") + action.Action, action.Executed ? Green : Red);
            }

            _console.WriteLine();
            foreach (var denied in actions.Where(a => !a.Executed))
            {
                _console.Write("       ");
                _console.WriteSafe("denied", Red);
                // The reason a reader is told, carried apart from the labelled text the caller saw.
                _console.WriteSafe(": " + OneLine(denied.Reason ?? string.Empty));
                _console.WriteLine();
            }

            foreach (var rejection in actions.Where(a => a.Executed && a.Action == NexusSim.Core.Manifest.ActionIds.Reject))
            {
                WriteRejection(rejection.Result);
            }
        }
    }

    // A human's rejection, as a verdict's issues are shown: why (the result's first line after the version it
    // names), then up to three of the issues it lists, each quoting the words at fault.
    private void WriteRejection(string result)
    {
        var lines = result.Split('\n');
        var named = lines[0].IndexOf("): ", StringComparison.Ordinal);
        _console.Write("       ");
        _console.WriteSafe("rejected", Yellow);
        _console.WriteSafe(": " + OneLine(named < 0 ? lines[0] : lines[0][(named + 3)..]));
        _console.WriteLine();
        foreach (var issue in NexusSim.Core.Gates.GateIssueText.Parse(result).Take(3))
        {
            _console.WriteSafe("         " + OneLine(NexusSim.Core.Gates.GateIssueText.Format([issue]).TrimEnd()));
            _console.WriteLine();
        }
    }

    public void OnVerdict(DeliverableState deliverable, GateVerdictRecord verdict)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(verdict);
        lock (_sync)
        {
            _console.Write("       gate ");
            _console.WriteSafe(verdict.GateId, Bold);
            _console.WriteSafe(string.Create(CultureInfo.InvariantCulture, $" on {deliverable.Type.Name} v{deliverable.Current?.Number} (attempt {verdict.Attempt}, {verdict.Reviewer}): "));
            _console.WriteSafe(verdict.Verdict == GateVerdict.Pass ? "PASS" : "NEEDS WORK", verdict.Verdict == GateVerdict.Pass ? Green : Yellow);
            _console.WriteLine();
            foreach (var issue in verdict.Issues.Take(3))
            {
                // The written form ends each issue with a line break: not a trailing space on the line.
                _console.WriteSafe("         " + OneLine(NexusSim.Core.Gates.GateIssueText.Format([issue]).TrimEnd()));
                _console.WriteLine();
            }
        }
    }

    public void OnEscalation(EscalationRecord escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        lock (_sync)
        {
            _console.Write("       ");
            _console.WriteSafe("escalated", new Style(Color.Magenta1));
            _console.WriteSafe($" {escalation.Subject} from {escalation.From} to {escalation.To}");
            _console.WriteLine();
        }
    }

    public void OnRetries(string stepKey, string actorId, int retries)
    {
        lock (_sync)
        {
            _console.Write("       ");
            _console.WriteSafe("retried", Yellow);
            _console.WriteSafe(retries == 1
                ? " 1 model call after a transient failure (see the audit trail)"
                : string.Create(CultureInfo.InvariantCulture, $" {retries} model calls after transient failures (see the audit trail)"));
            _console.WriteLine();
        }
    }

    public void OnProviderFailure(string stepKey, string actorId, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_sync)
        {
            // Where the run stopped, in the flow of turns; the outcome is printed again after the table (stderr).
            _console.WriteSafe(stepKey.Length == 0 ? "   " : stepKey.Split('-', 2)[0], Grey);
            _console.Write(" ");
            _console.WriteSafe(string.Create(CultureInfo.InvariantCulture, $"{actorId,-13}"), Bold);
            _console.Write(" ");
            _console.WriteSafe("model unreachable", Red);
            _console.WriteSafe(": " + OneLine(reason).TrimEnd().TrimEnd('.') + "; the run stops here.");
            _console.WriteLine();
        }
    }

    public void OnSystemEvent(string stepKey, string action, string outcome, string reason)
    {
        ArgumentNullException.ThrowIfNull(stepKey);
        ArgumentNullException.ThrowIfNull(reason);
        lock (_sync)
        {
            // A step of its own in the journal: shown in the flow, so the step numbers have no gaps.
            _console.WriteSafe(stepKey.Split('-', 2)[0], Grey);
            _console.Write(" ");
            _console.WriteSafe(string.Create(CultureInfo.InvariantCulture, $"{"system",-13}"), Grey);
            _console.WriteSafe($" {action} ({outcome}): {OneLine(reason)}");
            _console.WriteLine();
        }
    }

    private static readonly Style Grey = new(Color.Grey);
    private static readonly Style Bold = new(decoration: Decoration.Bold);
    private static readonly Style Green = new(Color.Green);
    private static readonly Style Red = new(Color.Red);
    private static readonly Style Yellow = new(Color.Yellow);

    // Reasons are printed whole (never cut with "..."), on one line.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
