using NexusSim.Core.Engagements;
using System.Text;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Running;
using NexusSim.Core.Manifest;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// report.html: one self-contained page (inline CSS and SVG, no script, no external resource)
/// built from a <see cref="RunReadModel"/>. Every text from the brief or a model is escaped.
/// </summary>
internal static class ReportHtml
{
    public const string FileName = "report.html";

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1180px;padding:1rem 2rem;color:#1a202c;line-height:1.45}
        h1{margin-bottom:.2rem}h2{border-bottom:2px solid #cbd5e0;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem;width:100%}th,td{border:1px solid #cbd5e0;padding:.3rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#edf2f7}tr.fail td{background:#fff5f5}tr.pass td{background:#f0fff4}div.caveats{border:1px solid #c53030;background:#fff5f5;padding:0 .8em;margin:.5em 0}
        .facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}.facts dt{font-weight:bold}
        .scroll{overflow-x:auto}.legend span{margin-right:.8rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.25rem;vertical-align:middle}
        pre.diff{background:#f7fafc;padding:.4rem;overflow-x:auto;font-size:.8rem}.diff .add{color:#22543d;background:#e6ffed;display:block}.diff .del{color:#742a2a;background:#ffeef0;display:block}
        article.markdown{border:1px solid #e2e8f0;padding:.5rem 1.2rem;background:#fcfcfd}.deliverable{margin-bottom:2rem}
        .escalation{border-left:4px solid #dd6b20;padding-left:1rem;margin:1rem 0}.note{color:#4a5568;font-size:.85rem}
        nav ul{columns:2}
        """;

    public static string Render(RunReadModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var facts = model.Facts;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        html.Append($"<title>{E(facts.Firm)}: {E(facts.Brief.Client)} ({E(model.RunId)})</title><style>{Css}</style></head><body>");
        html.Append($"<header><h1>{E(facts.ServiceLineName)} for {E(facts.Brief.Client)}</h1><p>{E(facts.Firm)} · run <code>{E(model.RunId)}</code> · status <b>{E(model.Status)}</b></p>{StoppedBecause(model)}</header>");
        html.Append("<nav><ul><li><a href=\"#brief\">Brief</a></li><li><a href=\"#org\">Organisation and decisions</a></li><li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#deliverables\">Deliverables and gate record</a></li><li><a href=\"#denials\">Denials</a></li><li><a href=\"#escalations\">Escalations</a></li><li><a href=\"#approvals\">The humans' decisions</a></li><li><a href=\"#cost\">Tokens and cost</a></li></ul></nav>");
        AppendBrief(html, model);
        AppendOrg(html, model);
        html.Append($"<section id=\"timeline\"><h2>Timeline ({CountWords.Of(model.Turns.Count, "turn")}, simulated clock, by lane)</h2><div class=\"scroll\">{TimelineSvg.Render(model.Turns, facts.Actors)}</div></section>");
        html.Append($"<section id=\"deliverables\"><h2>Deliverables and gate record ({facts.Deliverables.Count})</h2><ul>");
        foreach (var deliverable in facts.Deliverables)
        {
            html.Append($"<li><a href=\"#d-{E(deliverable.Id)}\">{E(deliverable.Name)}</a>: {E(deliverable.Status)}</li>");
        }

        html.Append("</ul>");
        foreach (var deliverable in facts.Deliverables)
        {
            DeliverableSection.Append(html, model, deliverable);
        }

        html.Append("</section>");
        GovernanceSection.Append(html, model);
        CostSection.Append(html, model);
        html.Append("<footer class=\"note\"><p>Written by NexusSim from the run's run.db; rebuild with <code>nexussim report RUN</code>.</p></footer></body></html>\n");
        return html.ToString();
    }

    private static void AppendBrief(StringBuilder html, RunReadModel model)
    {
        var facts = model.Facts;
        var brief = facts.Brief;
        html.Append("<section id=\"brief\"><h2>Brief</h2><dl class=\"facts\">");
        html.Append($"<dt>Client</dt><dd>{E(brief.Client)}</dd><dt>Industry</dt><dd>{E(brief.Industry)}</dd><dt>Region</dt><dd>{E(brief.Region)}</dd><dt>Headcount</dt><dd>{N(brief.Headcount)}</dd><dt>Budget</dt><dd>{Usd(brief.BudgetUsd)}</dd>");
        html.Append($"<dt>Situation</dt><dd>{E(brief.Situation)}</dd><dt>Stalled pilot</dt><dd>{E(brief.StalledPilot)}</dd>");
        html.Append($"<dt>Constraints</dt><dd><ul>{string.Concat(brief.Constraints.Select(c => $"<li>{E(c)}</li>"))}</ul></dd>");
        var nobody = model.Status == RunStatus.Declined ? "nobody (declined)" : "nobody yet (the run stopped before intake ended)";
        html.Append($"<dt>Accepted by</dt><dd>{E(facts.AcceptedBy is null ? nobody : model.NameOf(facts.AcceptedBy))}{(facts.FeeUsd is { } fee ? " at " + Usd(fee) : string.Empty)}</dd>");
        html.Append($"<dt>Run</dt><dd>seed {model.Seed}, protocol {E(model.Protocol)}, service line {E(model.ServiceLine)}</dd></dl></section>");
    }

    // A run the model provider stopped says where and why, from the audit trail's last failed model call.
    private static string StoppedBecause(RunReadModel model)
    {
        if (model.Status != RunStatus.ProviderFailed
            || model.Audit.LastOrDefault(a => a.Action == "model_call" && a.Outcome == "failed") is not { } failed)
        {
            return string.Empty;
        }

        return $"<p class=\"note\">The run stopped when {E(model.NameOf(failed.Actor))}'s model call failed: {E(failed.Reason)}</p>";
    }

    private static void AppendOrg(StringBuilder html, RunReadModel model)
    {
        // A decision counts once, as its action: the entries an action writes beside its own (the escalation's
        // report with escalate, the decision's details with resolve_escalation) are not decisions of their own.
        var executed = model.Audit.Where(a => a.Outcome == "executed" && a.Actor != "system" && ActionIds.All.Contains(a.Action, StringComparer.Ordinal)).ToList();
        var counts = executed.GroupBy(a => a.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        html.Append($"<section id=\"org\"><h2>Organisation and who decided what</h2><div class=\"scroll\">{OrgChartSvg.Render(model.Facts.Actors, counts)}</div>");
        html.Append("<table class=\"decisions\"><thead><tr><th>Who</th><th>Decisions (actions executed)</th></tr></thead><tbody>");
        foreach (var actor in model.Facts.Actors.Where(a => counts.ContainsKey(a.Id)))
        {
            var byAction = executed.Where(a => a.Actor == actor.Id).GroupBy(a => a.Action, StringComparer.Ordinal).Select(g => $"{E(g.Key)} ×{g.Count()}");
            html.Append($"<tr><td>{E(actor.Name)} ({E(actor.Title)})</td><td>{string.Join(", ", byAction)}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
