using System.Text;
using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>
/// <c>escalations/denial-notices.md</c>: every escalation that needs no decision (a denied action escalated to the
/// actor's manager as a notice, <c>escalation.on_denial</c>) in one list, each on one line: who was notified, about
/// what, and the denial as the policy gave it. A notice offers no options and gets no decision, so it has no report
/// of its own beside the escalations someone decides.
/// </summary>
public static class DenialNoticesMarkdown
{
    /// <summary>The file's name in the escalations folder.</summary>
    public const string FileName = "denial-notices.md";

    /// <summary>The list of <paramref name="state"/>'s notices, or null when it has none.</summary>
    public static string? Render(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var notices = state.Escalations.Where(e => !e.NeedsDecision).ToList();
        if (notices.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        text.AppendLine("# Denial notices").AppendLine();
        text.Append(CountWords.Of(notices.Count, "denied action")).Append(notices.Count == 1 ? " was" : " were")
            .AppendLine(" escalated to the actor's manager as a notice (escalation.on_denial). A notice needs no decision:")
            .AppendLine("it offers no options and has none recorded. summary.json counts them in `escalations` and as")
            .AppendLine("`escalation_outcomes.denial_notices`; report.html lists each denial with its rule.").AppendLine();
        foreach (var notice in notices)
        {
            text.Append("- ").Append(notice.Id).Append(": ").Append(notice.From).Append(", notified to ").Append(notice.To)
                .Append(" (subject ").Append(OneLine(notice.Subject)).Append("): ").AppendLine(OneLine(notice.RootCause));
        }

        return text.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
