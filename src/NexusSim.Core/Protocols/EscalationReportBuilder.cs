using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Writes the escalation report for work that hit a gate's cap: the attempt history, the likely
/// root cause, the manifest's options, and the decision-maker (the manager of whoever reworks it).
/// </summary>
internal static class EscalationReportBuilder
{
    public static EscalationRecord Build(EngagementState state, DeliverableState deliverable, GateDefinition gate, string author)
    {
        var history = deliverable.Verdicts
            .Where(v => v.GateId == gate.Id)
            .Select(v => string.Create(CultureInfo.InvariantCulture,
                $"attempt {v.Attempt} on {v.VersionHash[..12]}: {(v.Verdict == GateVerdict.Pass ? "pass" : "needs work")} by {v.Reviewer} ({v.Issues.Count} issue(s){FirstIssue(v)})"))
            .ToList();
        var rootCause = EscalationRootCause.Of([.. deliverable.Verdicts.Where(v => v.GateId == gate.Id)]);
        var failures = deliverable.Verdicts.Count(v => v.GateId == gate.Id && v.Verdict == GateVerdict.NeedsWork);
        var decisionMaker = state.Manifest.Actor(author).ReportsTo ?? author;
        return new EscalationRecord(
            author,
            decisionMaker,
            deliverable.Id,
            string.Create(CultureInfo.InvariantCulture, $"{deliverable.Type.Name} failed {gate.Name} {failures} time(s), its cap of {gate.MaxAttempts}."),
            history,
            rootCause,
            state.Manifest.Escalation.Options);
    }

    public static string Render(EscalationRecord report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Reason);
        text.AppendLine("Attempt history:");
        foreach (var line in report.AttemptHistory)
        {
            text.Append("- ").AppendLine(line);
        }

        text.Append("Root cause: ").AppendLine(report.RootCause);
        text.Append("Options: ").AppendLine(string.Join(", ", report.Options));
        text.Append("Decision-maker: ").Append(report.To);
        return text.ToString();
    }

    private static string FirstIssue(GateVerdictRecord verdict) =>
        verdict.Issues.Count == 0 ? string.Empty : ": " + verdict.Issues[0].Message;
}
