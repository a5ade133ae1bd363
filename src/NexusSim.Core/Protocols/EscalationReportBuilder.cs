using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Writes the escalation report for work that hit a gate's cap: the attempt history, the likely
/// root cause, the manifest's options, and the decision-maker (the manager of whoever reworks it).
/// At a review gate the attempts are the gate's verdicts; at an approval gate they are the human's
/// decisions (each rejection with the human's reason), which are not gate verdicts.
/// </summary>
internal static class EscalationReportBuilder
{
    /// <summary>The report on <paramref name="deliverable"/> at <paramref name="gate"/>, whose cap is now <paramref name="cap"/> failures.</summary>
    public static EscalationRecord Build(EngagementState state, DeliverableState deliverable, GateDefinition gate, string author, int cap)
    {
        var (history, rootCause, failures) = gate.Kind == GateKind.Approval ? AtApproval(deliverable) : AtReview(deliverable, gate);
        var decisionMaker = state.Manifest.Actor(author).ReportsTo ?? author;
        var rounds = cap / Math.Max(1, gate.MaxAttempts) - 1;
        var limit = gate.Kind == GateKind.Review && gate.OnFail == FailAction.Escalate
            ? "; it escalates at every failure (on_fail: escalate)."
            : rounds <= 0
                ? string.Create(CultureInfo.InvariantCulture, $", its cap of {cap}.")
                : string.Create(CultureInfo.InvariantCulture, $", its cap of {cap}: {gate.MaxAttempts} attempts and {CountWords.Of(rounds, "more round")} of {gate.MaxAttempts} that earlier decisions granted.");
        return new EscalationRecord(
            author,
            decisionMaker,
            deliverable.Id,
            $"{deliverable.Type.Name} failed {gate.Name} {CountWords.Times(failures)}{limit}",
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

    private static (List<string> History, string RootCause, int Failures) AtReview(DeliverableState deliverable, GateDefinition gate)
    {
        var verdicts = deliverable.Verdicts.Where(v => v.GateId == gate.Id).ToList();
        var history = verdicts
            .Select(v => string.Create(CultureInfo.InvariantCulture,
                $"attempt {v.Attempt} on {v.VersionHash[..12]}: {(v.Verdict == GateVerdict.Pass ? "pass" : "needs work")} by {v.Reviewer} ({Issues(v)})"))
            .ToList();
        return (history, EscalationRootCause.Of(verdicts), verdicts.Count(v => v.Verdict == GateVerdict.NeedsWork));
    }

    // Each decision of the human at the approval gate is an attempt; a rejection carries the human's reason.
    private static (List<string> History, string RootCause, int Failures) AtApproval(DeliverableState deliverable)
    {
        var attempts = deliverable.Decisions
            .Select((d, i) => new ApprovalAttempt(i + 1, d, deliverable.Versions.FirstOrDefault(v => v.ContentHash == d.VersionHash)?.Number ?? 0))
            .ToList();
        var history = attempts
            .Select(a => string.Create(CultureInfo.InvariantCulture,
                $"attempt {a.Attempt} on {a.Decision.VersionHash[..Math.Min(12, a.Decision.VersionHash.Length)]} (v{a.Version}): {(a.Decision.Approved ? "approved" : "rejected")} by {a.Decision.Approver} ({Quoted(a.Decision.Reason)})"))
            .ToList();
        return (history, ApprovalRootCause.Of(attempts), attempts.Count(a => !a.Decision.Approved));
    }

    private static string Issues(GateVerdictRecord verdict) => verdict.Issues.Count switch
    {
        0 => "no written issue",
        1 => "1 issue: " + verdict.Issues[0].Message,
        _ => $"{CountWords.Of(verdict.Issues.Count, "issue")}; the first: {verdict.Issues[0].Message}",
    };

    private static string Quoted(string reason) => string.IsNullOrWhiteSpace(reason) ? "no reason given" : $"\"{reason.Trim()}\"";
}
