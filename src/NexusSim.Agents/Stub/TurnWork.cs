using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub;

/// <summary>
/// What a stub turn did, in the words its handoff uses: what was done, the decisions made, what is
/// open (the gate issues addressed and awaiting re-check, or the edit's findings) and what the next
/// step needs. Read from the request and the deliverable the turn submitted.
/// </summary>
internal sealed record TurnWork(string Done, string Decisions, string Open, string NextNeeds)
{
    public static TurnWork Of(StubRequest request)
    {
        var card = request.Card;
        var subject = StubAnswer.Subject(card);
        var submitted = request.CallsMade.LastOrDefault(c => c.Name.EndsWith(ActionIds.SubmitDeliverable, StringComparison.Ordinal));
        var summary = submitted?.Arguments?.TryGetValue(ActionArgs.Summary, out var value) == true ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        var sections = card.RequiredSections.Count == 0 ? "its sections" : string.Join(", ", card.RequiredSections);
        if (card.Mode == "edit" && request.Feedback.Count > 0)
        {
            var issues = string.Join("; ", request.Feedback.Select(i => i.Message.TrimEnd('.')));
            return new TurnWork(
                $"Reworked the {subject} for {CountWords.Of(request.Feedback.Count, "gate issue")}.",
                "Changed only what the gate named and left the rest of the version as it was.",
                $"Awaiting the gate's re-check of: {issues}.",
                $"re-run the gate on the reworked {subject} and confirm each named issue is gone.");
        }

        if (card.Mode == "edit")
        {
            var changes = EditSummary.Changes(summary);
            var findings = EditSummary.Findings(summary);
            var against = request.Released.Count == 0 ? "the brief" : "the brief and " + string.Join(", ", request.Released.Select(r => r.Name));
            return new TurnWork(
                changes.Count > 0 ? $"Edited the {subject}: {string.Join("; ", changes)}." : findings.Count == 0
                    ? $"Checked the {subject}'s figures against {against}, its voice and its structure; nothing needed changing."
                    : $"Checked the {subject}'s figures against {against}, its voice and its structure; changed nothing, as what it lacks is for its author to write.",
                changes.Any(c => c.StartsWith("reconciled", StringComparison.Ordinal))
                    ? "Where a key fact disagreed, kept the value the brief or the earliest released deliverable states."
                    : "Kept the author's figures: none disagreed with what the client has already received.",
                findings.Count == 0 ? $"No open issue found in the {subject}; no gate has judged this version yet." : string.Join("; ", findings) + ".",
                findings.Count == 0 ? $"review the {subject} against its gates' rubrics." : $"send the {subject} back to its author for: {string.Join("; ", findings)}.");
        }

        if (card.Mode == "author")
        {
            return new TurnWork(
                $"Wrote the first draft of the {subject} with {sections}.",
                "Wrote each section from the firm's template for its heading and cited a source for every figure.",
                $"No gate has judged the {subject} yet; its figures are unchecked against the deliverables already released.",
                $"reconcile the {subject}'s Key facts with the released deliverables, then check voice and section order.");
        }

        var reason = card.DeliverableId.Length > 0 ? $"the {subject}" : $"the {card.ServiceLineName} engagement";
        return new TurnWork(
            $"Planned {reason}.",
            card.DeliverableId.Length > 0 ? $"Assigned the {subject} to {(card.Author.Length > 0 ? card.Author : card.Next)}." : $"Took the engagement on the {card.ServiceLineName} line.",
            "Nothing has been drafted yet, so no gate issue is open.",
            card.DeliverableId.Length > 0 ? $"draft the {subject} with {sections}." : "staff the first deliverable.");
    }
}
