using System.Globalization;
using System.Text;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;

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
        AppendAttempts(text, state, escalation);
        text.AppendLine("## Options").AppendLine();
        foreach (var option in escalation.Options)
        {
            text.Append("- ").AppendLine(option);
        }

        text.AppendLine().AppendLine("## Decision").AppendLine();
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
        foreach (var verdict in deliverable.Verdicts.Take(escalation.VerdictsSeen))
        {
            var version = deliverable.Versions.FirstOrDefault(v => v.ContentHash == verdict.VersionHash)?.Number ?? 0;
            Line(text, $"- {verdict.GateId} attempt {verdict.Attempt} on v{version} by {verdict.Reviewer}: {(verdict.Verdict == GateVerdict.Pass ? "pass" : "needs work")}");
            foreach (var issue in verdict.Issues)
            {
                text.Append("  - ").AppendLine(GateIssueText.Format([issue]).TrimStart('-', ' ').TrimEnd());
            }
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

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
