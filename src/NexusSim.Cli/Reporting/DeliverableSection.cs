using System.Text;
using NexusSim.Cli.Rendering;
using NexusSim.Core.Engagements;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Reporting;

/// <summary>One deliverable in the report: its versions with the diff each edit made, its gate record, and its final text.</summary>
internal static class DeliverableSection
{
    private const int MaxDiffLines = 200;

    public static void Append(StringBuilder html, RunReadModel model, DeliverableFacts deliverable)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(deliverable);
        html.Append($"<section class=\"deliverable\" id=\"d-{E(deliverable.Id)}\"><h3>{E(deliverable.Name)}</h3>");
        html.Append($"<p>Status <b>{E(deliverable.Status)}</b>, {CountWords.Of(deliverable.Versions.Count, "version")}, {CountWords.Of(deliverable.Verdicts.Count, "gate verdict")}");
        if (deliverable.Approval is { } approval)
        {
            html.Append($"; {(approval.Approved ? "approved" : "rejected")} by {E(model.NameOf(approval.Approver))}: {E(approval.Reason.TrimEnd('.'))}");
        }

        html.Append(".</p>");
        if (deliverable.Caveats is { Count: > 0 } caveats)
        {
            // As the .docx's title page and the .caveats.md file state them.
            var released = deliverable.Versions.Count > 0 && deliverable.ReleasedHash == deliverable.Versions[^1].ContentHash;
            var rejected = deliverable.Status == nameof(NexusSim.Core.Engagements.DeliverableStatus.Rejected);
            html.Append($"<div class=\"caveats\"><p><b>{Documents.CaveatsFile.Heading(released, rejected)}</b></p><ul>");
            foreach (var caveat in caveats)
            {
                html.Append($"<li>{E(caveat)}</li>");
            }

            html.Append("</ul></div>");
        }

        AppendGateTable(html, model, deliverable);
        AppendVersions(html, model, deliverable);
        var final = deliverable.Versions.Count == 0 ? null : model.Content(deliverable.Id, deliverable.Versions[^1].Number);
        if (final is not null)
        {
            html.Append($"<details class=\"document\" open><summary>Final text (version {deliverable.Versions[^1].Number})</summary><article class=\"markdown\">{MarkdownHtml.Render(final)}</article></details>");
        }

        html.Append("</section>");
    }

    private static void AppendGateTable(StringBuilder html, RunReadModel model, DeliverableFacts deliverable)
    {
        if (deliverable.Verdicts.Count == 0)
        {
            html.Append("<p>No gate verdicts were recorded.</p>");
            return;
        }

        html.Append("<table class=\"gate-record\"><thead><tr><th>Gate</th><th>Attempt</th><th>Version</th><th>Reviewer</th><th>Verdict</th><th>Issues</th><th>Fixed by</th></tr></thead><tbody>");
        foreach (var verdict in deliverable.Verdicts)
        {
            var judged = deliverable.Versions.LastOrDefault(v => v.ContentHash == verdict.VersionHash);
            var fix = verdict.Verdict == GateVerdict.NeedsWork && judged is not null
                ? deliverable.Versions.FirstOrDefault(v => v.Number > judged.Number)
                : null;
            var gate = model.Facts.GateNames.GetValueOrDefault(verdict.GateId, verdict.GateId);
            var css = verdict.Verdict == GateVerdict.Pass ? "pass" : "fail";
            html.Append($"<tr class=\"{css}\"><td>{E(gate)}</td><td>{verdict.Attempt}</td><td>{(judged is null ? "?" : "v" + judged.Number)}</td><td>{E(model.NameOf(verdict.Reviewer))}</td><td>{(verdict.Verdict == GateVerdict.Pass ? "pass" : "needs work")}</td><td>");
            if (verdict.Issues.Count > 0)
            {
                html.Append("<ul>");
                foreach (var issue in verdict.Issues)
                {
                    var check = issue.Check?.ToString() ?? "review";
                    html.Append($"<li><b>{E(check)}</b>: {E(issue.Message)}{(issue.Target is null ? string.Empty : $" <i>({E(issue.Target)})</i>")}</li>");
                }

                html.Append("</ul>");
            }
            else
            {
                html.Append(E(verdict.Evidence));
            }

            html.Append($"</td><td>{(fix is null ? string.Empty : $"{E(model.NameOf(fix.SubmittedBy))} (v{fix.Number})")}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendVersions(StringBuilder html, RunReadModel model, DeliverableFacts deliverable)
    {
        html.Append("<details class=\"versions\"><summary>Versions and the edits between them</summary><ol>");
        string? previous = null;
        foreach (var version in deliverable.Versions)
        {
            var content = model.Content(deliverable.Id, version.Number) ?? string.Empty;
            html.Append($"<li>v{version.Number} by {E(model.NameOf(version.SubmittedBy))}: {E(version.Summary)} <code>{E(version.ContentHash[..Math.Min(12, version.ContentHash.Length)])}</code>");
            if (previous is not null)
            {
                var changes = LineDiff.Compute(previous, content);
                if (changes.Count == 0)
                {
                    html.Append(" <i>(no change to the text)</i>");
                }
                else
                {
                    html.Append("<pre class=\"diff\">");
                    foreach (var change in changes.Take(MaxDiffLines))
                    {
                        html.Append($"<span class=\"{(change.Kind == '+' ? "add" : "del")}\">{change.Kind} {E(change.Line)}</span>\n");
                    }

                    if (changes.Count > MaxDiffLines)
                    {
                        html.Append($"… {changes.Count - MaxDiffLines} more changed lines\n");
                    }

                    html.Append("</pre>");
                }
            }

            html.Append("</li>");
            previous = content;
        }

        html.Append("</ol></details>");
    }
}
