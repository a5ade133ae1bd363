using NexusSim.Core.Engagements;
using System.Globalization;
using NexusSim.Cli.Running;
using Spectre.Console;

namespace NexusSim.Cli.Rendering;

/// <summary>What a run prints before and after its turns.</summary>
internal static class RunBanner
{
    public static void Render(IAnsiConsole console, ResolvedRun run)
    {
        // Firm, service line and client come from the manifest and the brief: printed as plain, neutralised text.
        console.WriteSafe(run.Manifest.Firm.Name, new Style(decoration: Decoration.Bold));
        console.WriteSafe($" — {run.ServiceLine.Name} for {run.Brief.Client}");
        console.WriteLine();
        console.WriteSafe(string.Create(CultureInfo.InvariantCulture,
            $"run {run.RunId}  seed {run.Seed}  protocol {run.Protocol}  provider {run.Provider}  approver {run.Approver}{(run.Faults ? "  faults on" : string.Empty)}"));
        console.WriteLine();
        if (run.Governance.Count > 0)
        {
            // A variant or scenario changes what the run shows: said up front, as summary.json's governance says it.
            console.WriteSafe("governance " + string.Join(", ", run.Governance));
            console.WriteLine();
        }

        console.WriteLine();
    }

    /// <summary>The outcome; <paramref name="afterSteps"/> is false when no step was printed (<c>--quiet</c>), so no second blank line comes after the header's.</summary>
    public static void RenderResult(IAnsiConsole console, EngagementResult result, bool afterSteps = true)
    {
        var s = result.Summary;
        if (afterSteps)
        {
            console.WriteLine();
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Deliverable", "Author", "Status", "Versions", "Verdicts");
        foreach (var d in s.Deliverables)
        {
            table.AddRow(SafeText.Plain(d.Name), SafeText.Plain(d.Author), SafeText.Plain(d.Status), new Text(d.Versions.ToString(CultureInfo.InvariantCulture)), new Text(d.GateVerdicts.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"status [bold]{Markup.Escape(s.Status)}[/]  agent turns {s.Turns}  gate attempts {s.GateAttempts} (failures {s.GateFailures})  escalations {s.Escalations}{Notices(s)}  approvals {s.Approvals}  denied {s.DeniedActions}  unauthorized executed {s.UnauthorizedExecuted}{RecordOnly(s)}"));
        if (s.DeclinedReason is { } declined)
        {
            console.WriteSafeLine(declined, SafeText.WarningLabel);
        }

        foreach (var reason in s.IncompleteReasons ?? [])
        {
            console.WriteLabelledLine("incomplete:", SafeText.WarningLabel, reason);
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"llm calls {s.LlmCalls}  tokens {s.PromptTokens} in / {s.CompletionTokens} out  simulated {s.SimulatedMinutes:0.#} min  audit entries {s.AuditEntries}"));
        console.Write("Outputs in ");
        console.WriteSafe(result.RunDirectory, new Style(decoration: Decoration.Bold));
        console.WriteLine(": " + string.Join(", ", Outputs(result.RunDirectory)));
        if (result.PendingDecision is { } pending)
        {
            console.Errors().WriteLabelledLine("awaiting approval:", SafeText.WarningLabel, pending);
            console.Errors().WriteLine("The run folder is kept. Give the decision and run again with the same options: the run id covers the decisions, so the new run gets its own folder.");
        }

        if (result.ProviderFailure is { } failure)
        {
            console.Errors().WriteLabelledLine("provider failed:", SafeText.ErrorLabel, failure);
        }

        if (result.KeptCompletedRun)
        {
            console.Errors().MarkupLine("[yellow]warning:[/] this run did not complete, so the completed run of the same id was kept and this one discarded.");
        }
    }

    // Only authority in record-only mode (a governance variant) lets an action the check would deny run: it is
    // counted as would_be_denied and as unauthorized_executed. Said beside the count, so a variant's expected
    // figure does not read as the choke point failing.
    private static string RecordOnly(Core.Metrics.RunSummary s) => s.WouldBeDenied == 0
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"  would be denied {s.WouldBeDenied} (authority record_only: executed and counted)");

    // How many of the escalations are denial notices, which need no decision (summary.json's escalations counts both).
    private static string Notices(Core.Metrics.RunSummary summary) =>
        summary.EscalationOutcomes is { DenialNotices: > 0 and var notices }
            ? $" ({CountWords.Of(notices, "denial notice")})"
            : string.Empty;

    // What the run folder holds, as it is, in the order the README lists it: a declined or stopped run has no deliverables to list.
    private static IEnumerable<string> Outputs(string directory)
    {
        var deliverables = Path.Combine(directory, RunOutputWriter.DeliverablesFolder);
        (string Shown, bool Present)[] outputs =
        [
            (Reporting.ReportHtml.FileName, File.Exists(Path.Combine(directory, Reporting.ReportHtml.FileName))),
            (RunOutputWriter.DeliverablesFolder + (WithCaveats(deliverables) ? $"/ (.md, .docx, {Documents.CaveatsFile.Suffix})" : "/ (.md, .docx)"), HasFiles(deliverables)),
            (EscalationFiles.Folder + "/", HasFiles(Path.Combine(directory, EscalationFiles.Folder))),
            .. new[] { RunOutputWriter.SummaryFile, NexusSim.Agents.Transcripts.TranscriptWriter.FileName, Storage.AuditExporter.FileName, Storage.SqliteRunJournal.DatabaseFileName, DefectAccounting.GroundTruthFile }
                .Select(name => (name, File.Exists(Path.Combine(directory, name)))),
        ];
        return outputs.Where(o => o.Present).Select(o => o.Shown);
    }

    private static bool HasFiles(string folder) => Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any();

    // A deliverable released on caveats has its caveats file beside it: the listing names that kind of file when there is one.
    private static bool WithCaveats(string deliverables) =>
        Directory.Exists(deliverables) && Directory.EnumerateFiles(deliverables, "*" + Documents.CaveatsFile.Suffix).Any();
}
