using NexusSim.Core.Engagements;
using System.Text;
using NexusSim.Cli.Rendering;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Reporting;

/// <summary>Denials with their full reasons and rules, escalations with their reports and decisions, and the humans' sign-offs.</summary>
internal static class GovernanceSection
{
    public static void Append(StringBuilder html, RunReadModel model)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(model);
        var facts = model.Facts;
        html.Append($"<section id=\"denials\"><h2>Denials ({facts.Denials.Count})</h2>");
        if (facts.Denials.Count == 0)
        {
            html.Append("<p>The policy engine denied no action.</p>");
        }
        else
        {
            html.Append("<table class=\"denials\"><thead><tr><th>Turn</th><th>Actor</th><th>Action</th><th>Rule</th><th>Reason</th></tr></thead><tbody>");
            foreach (var denial in facts.Denials)
            {
                html.Append($"<tr><td>{E(denial.TurnId)}</td><td>{E(model.NameOf(denial.Actor))}</td><td>{E(denial.Action)}</td><td>{E(denial.RuleId ?? "-")}</td><td>{E(denial.Reason)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append($"</section><section id=\"escalations\"><h2>Escalations ({facts.Escalations.Count})</h2>");
        var notices = facts.Escalations.Where(e => !e.NeedsDecision).ToList();
        if (facts.Escalations.Count == 0)
        {
            html.Append("<p>Nothing was escalated.</p>");
        }
        else if (notices.Count > 0)
        {
            var decided = facts.Escalations.Count - notices.Count;
            html.Append($"<p>{CountWords.Of(decided, "escalation")} to decide, and {CountWords.Of(notices.Count, "denial notice")} (a denied action escalated to the actor's manager), which {(notices.Count == 1 ? "needs" : "need")} no decision.</p>");
        }

        foreach (var escalation in facts.Escalations.Where(e => e.NeedsDecision))
        {
            html.Append($"<div class=\"escalation\" id=\"{E(escalation.Id)}\"><h3>{E(escalation.Id)} — {E(escalation.Subject)}: {E(model.NameOf(escalation.From))} → {E(model.NameOf(escalation.To))}</h3><p>{E(escalation.Reason)}</p>");
            html.Append($"<p><b>Root cause:</b> {E(escalation.RootCause)}</p><p><b>Attempts</b></p><ul>{string.Concat(escalation.AttemptHistory.Select(a => $"<li>{E(a)}</li>"))}</ul>");
            html.Append($"<p><b>Options</b></p><ul>{string.Concat(escalation.Options.Select(o => $"<li>{E(o)}</li>"))}</ul>");
            // The decision is the resolve_escalation record itself, not whatever else the receiver did.
            var decision = facts.Resolutions?.FirstOrDefault(r => r.EscalationId == escalation.Id);
            html.Append("<p><b>Decision</b></p>");
            html.Append(decision is null
                ? "<p class=\"undecided\">Nobody decided it.</p>"
                : $"<p class=\"decision\">{E(model.NameOf(decision.DecidedBy))} chose <b>{E(decision.Option)}</b>{Effect(model, decision)}. Reason: {E(decision.Reason)}</p>");
            html.Append("</div>");
        }

        AppendNotices(html, model, notices);

        var humans = facts.Actors.Where(a => a.Human).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var signOffs = model.Audit.Where(a => humans.Contains(a.Actor)).ToList();
        html.Append($"</section><section id=\"approvals\"><h2>The humans' decisions ({signOffs.Count})</h2>");
        if (signOffs.Count == 0)
        {
            html.Append("<p>No human decision was recorded.</p>");
        }
        else
        {
            html.Append("<table class=\"approvals\"><thead><tr><th>#</th><th>Simulated time</th><th>Who</th><th>Action</th><th>Outcome</th><th>Subject</th><th>Reason</th></tr></thead><tbody>");
            foreach (var entry in signOffs)
            {
                html.Append($"<tr><td>{entry.Sequence}</td><td>{E(entry.SimulatedAt)}</td><td>{E(model.NameOf(entry.Actor))}</td><td>{E(entry.Action)}</td><td>{E(entry.Outcome)}</td><td>{E(entry.Subject)}</td><td>{E(entry.Reason)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }

    // The denial notices in one table: who was denied, who was told, about what, and the denial as the policy gave it.
    private static void AppendNotices(StringBuilder html, RunReadModel model, List<NexusSim.Core.Engagements.EscalationRecord> notices)
    {
        if (notices.Count == 0)
        {
            return;
        }

        html.Append($"<h3 id=\"denial-notices\">Denial notices ({notices.Count})</h3><table class=\"notices\"><thead><tr><th>Id</th><th>Denied</th><th>Notified</th><th>Subject</th><th>Denial</th></tr></thead><tbody>");
        foreach (var notice in notices)
        {
            html.Append($"<tr><td>{E(notice.Id)}</td><td>{E(model.NameOf(notice.From))}</td><td>{E(model.NameOf(notice.To))}</td><td>{E(notice.Subject)}</td><td>{E(notice.RootCause)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    // What the decision did, in words; a run recorded before the effect was kept names the new author of a reassignment only.
    private static string Effect(RunReadModel model, NexusSim.Core.Engagements.EscalationResolution decision) =>
        decision.Effect.Length > 0 ? ", so " + E(decision.Effect)
        : decision.Assignee is { } assignee ? $", reassigned to {E(model.NameOf(assignee))}"
        : string.Empty;
}
