using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The readable record of one escalation, written to <c>escalations/&lt;id&gt;.md</c> in the run
/// folder: who raised it to whom, the attempts and each gate's issues, what was tried (as it stood
/// when it was raised: nothing that came after it), and the decision.
/// </summary>
public static class EscalationMarkdown
{
    /// <summary>Renders <paramref name="escalation"/> of <paramref name="state"/>.</summary>
    public static string Render(EngagementState state, EscalationRecord escalation)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(escalation);
        var text = new StringBuilder();
        Line(text, $"# Escalation {escalation.Id}: {escalation.Subject}");
        text.AppendLine();
        Line(text, $"- Raised by: {escalation.From}");
        Line(text, $"- Decided by: {escalation.To}");
        Line(text, $"- Level: {escalation.Level} of {state.Manifest.Escalation.MaxLevels}");
        if (escalation.GateId is not null)
        {
            Line(text, $"- Gate: {escalation.GateId}");
        }

        if (escalation.Continues is not null)
        {
            Line(text, $"- Continues: {escalation.Continues}");
        }

        text.AppendLine().AppendLine("## Reason").AppendLine().AppendLine(escalation.Reason.TrimEnd()).AppendLine();
        if (escalation.RootCause.Length > 0 && escalation.RootCause != escalation.Reason)
        {
            text.Append("Root cause: ").AppendLine(escalation.RootCause.TrimEnd()).AppendLine();
        }

        AppendAttempts(text, state, escalation);
        if (escalation.NeedsDecision)
        {
            text.AppendLine("## Options").AppendLine();
            foreach (var option in escalation.Options)
            {
                text.Append("- ").AppendLine(option);
            }

            text.AppendLine();
        }

        text.AppendLine("## Decision").AppendLine();
        if (state.ResolutionOf(escalation.Id) is { } decision)
        {
            // What the option did here, in words; the engine's name for the outcome stays out of the text.
            Line(text, $"{decision.DecidedBy} chose **{decision.Option}**{(decision.Effect.Length > 0 ? ", so " + decision.Effect : string.Empty)}.");
            text.AppendLine();
            Line(text, $"Reason: {decision.Reason}");
        }
        else
        {
            text.AppendLine(escalation.NeedsDecision ? "Unresolved: nobody decided it." : "None needed: a notice of a denied action.");
        }

        return text.ToString();
    }

    private static void AppendAttempts(StringBuilder text, EngagementState state, EscalationRecord escalation)
    {
        var deliverable = escalation.DeliverableId is null ? null : state.FindDeliverable(escalation.DeliverableId);
        if (deliverable is null)
        {
            return;
        }

        text.AppendLine("## Attempts").AppendLine();
        // The gate verdicts and the human's approve or reject decisions, in the order they were made.
        var decisions = deliverable.Decisions.Take(escalation.DecisionsSeen).ToList();
        var approvalGate = state.Manifest.Gates.FirstOrDefault(g => g.Kind == GateKind.Approval && deliverable.Type.Gates.Contains(g.Id, StringComparer.Ordinal))?.Id ?? "approval";
        var decided = 0;
        foreach (var (verdict, index) in deliverable.Verdicts.Take(escalation.VerdictsSeen).Select((v, i) => (v, i)))
        {
            for (; decided < decisions.Count && decisions[decided].VerdictsBefore <= index; decided++)
            {
                AppendDecision(text, deliverable, approvalGate, decided + 1, decisions[decided]);
            }

            Line(text, $"- {verdict.GateId} attempt {verdict.Attempt} on v{VersionOf(deliverable, verdict.VersionHash)} by {verdict.Reviewer}: {(verdict.Verdict == GateVerdict.Pass ? "pass" : "needs work")}");
            foreach (var issue in verdict.Issues)
            {
                text.Append("  - ").AppendLine(GateIssueText.Format([issue]).TrimStart('-', ' ').TrimEnd());
            }
        }

        for (; decided < decisions.Count; decided++)
        {
            AppendDecision(text, deliverable, approvalGate, decided + 1, decisions[decided]);
        }

        text.AppendLine().AppendLine("## What was tried").AppendLine();
        foreach (var version in deliverable.Versions.Take(escalation.VersionsSeen))
        {
            Line(text, $"- v{version.Number} by {version.SubmittedBy}: {version.Summary}");
        }

        var before = state.Escalations.TakeWhile(e => e.Id != escalation.Id).Where(e => e.DeliverableId == deliverable.Id).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var earlier in state.Resolutions.Where(r => before.Contains(r.EscalationId)))
        {
            Line(text, $"- Decision on {earlier.EscalationId} by {earlier.DecidedBy}: {earlier.Option}");
        }

        text.AppendLine();
    }

    private static void AppendDecision(StringBuilder text, DeliverableState deliverable, string gateId, int attempt, ApprovalRecord decision)
    {
        Line(text, $"- {gateId} attempt {attempt} on v{VersionOf(deliverable, decision.VersionHash)} by {decision.Approver}: {(decision.Approved ? "approved" : "rejected")}");
        text.Append("  - reason: ").AppendLine(decision.Reason.ReplaceLineEndings(" ").Trim());
    }

    private static int VersionOf(DeliverableState deliverable, string hash) => deliverable.Versions.FirstOrDefault(v => v.ContentHash == hash)?.Number ?? 0;

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
