using System.Globalization;
using NexusSim.Cli.Running;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>What a run prints before and after its turns.</summary>
internal static class RunBanner
{
    public static void Render(IAnsiConsole console, ResolvedRun run)
    {
        console.MarkupLineInterpolated($"[bold]{run.Manifest.Firm.Name}[/] — {run.ServiceLine.Name} for {run.Brief.Client}");
        console.MarkupLineInterpolated($"run [bold]{run.RunId}[/]  seed {run.Seed}  protocol {run.Protocol}  provider {run.Provider}  approver {run.Approver}{(run.Faults ? "  faults on" : string.Empty)}");
        console.WriteLine();
    }

    public static void RenderResult(IAnsiConsole console, EngagementResult result)
    {
        var s = result.Summary;
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Deliverable", "Author", "Status", "Versions", "Verdicts");
        foreach (var d in s.Deliverables)
        {
            table.AddRow(Markup.Escape(d.Name), Markup.Escape(d.Author), Markup.Escape(d.Status), d.Versions.ToString(CultureInfo.InvariantCulture), d.GateVerdicts.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"status [bold]{Markup.Escape(s.Status)}[/]  turns {s.Turns}  gate attempts {s.GateAttempts} (failures {s.GateFailures})  escalations {s.Escalations}  approvals {s.Approvals}  denied {s.DeniedActions}  unauthorized executed {s.UnauthorizedExecuted}"));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"llm calls {s.LlmCalls}  tokens {s.PromptTokens} in / {s.CompletionTokens} out  simulated {s.SimulatedMinutes:0.#} min  audit entries {s.AuditEntries}"));
        console.MarkupLineInterpolated($"Outputs in [bold]{result.RunDirectory}[/]: report.html, deliverables/ (.md, .docx), summary.json, transcript.jsonl, audit.jsonl, run.db");
    }
}
