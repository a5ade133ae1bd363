using System.Text;
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
        if (facts.Escalations.Count == 0)
        {
            html.Append("<p>Nothing was escalated.</p>");
        }

        foreach (var escalation in facts.Escalations)
        {
            html.Append($"<div class=\"escalation\" id=\"{E(escalation.Id)}\"><h3>{E(escalation.Id)} — {E(escalation.Subject)}: {E(model.NameOf(escalation.From))} → {E(model.NameOf(escalation.To))}</h3><p>{E(escalation.Reason)}</p>");
            html.Append($"<p><b>Root cause:</b> {E(escalation.RootCause)}</p><p><b>Attempts</b></p><ul>{string.Concat(escalation.AttemptHistory.Select(a => $"<li>{E(a)}</li>"))}</ul>");
            html.Append($"<p><b>Options</b></p><ul>{string.Concat(escalation.Options.Select(o => $"<li>{E(o)}</li>"))}</ul>");
            // The decision is the resolve_escalation record itself, not whatever else the receiver did.
            var decision = facts.Resolutions?.FirstOrDefault(r => r.EscalationId == escalation.Id);
            html.Append("<p><b>Decision</b></p>");
            html.Append(!escalation.NeedsDecision
                ? "<p>A notice of a denied action: it needs no decision.</p>"
                : decision is null
                    ? "<p class=\"undecided\">Nobody decided it.</p>"
                    : $"<p class=\"decision\">{E(model.NameOf(decision.DecidedBy))} chose <b>{E(decision.Option)}</b>{Effect(model, decision)}. Reason: {E(decision.Reason)}</p>");
            html.Append("</div>");
        }

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

    // What the decision did, in words; a run recorded before the effect was kept names the new author of a reassignment only.
    private static string Effect(RunReadModel model, NexusSim.Core.Engagements.EscalationResolution decision) =>
        decision.Effect.Length > 0 ? ", so " + E(decision.Effect)
        : decision.Assignee is { } assignee ? $", reassigned to {E(model.NameOf(assignee))}"
        : string.Empty;
}
