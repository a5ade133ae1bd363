using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Stub;

/// <summary>The stub's final text: what its calls achieved, then one <c>field: value</c> line per handoff field.</summary>
internal static class StubAnswer
{
    public static string Write(StubRequest request)
    {
        var card = request.Card;
        var text = new StringBuilder();
        var results = request.Results.Select(r => Convert.ToString(r.Result, CultureInfo.InvariantCulture) ?? string.Empty).ToList();
        var last = results.Count > 0 ? results[^1] : "No action was needed.";
        text.AppendLine(card.DeliverableId.Length > 0
            ? $"{card.Task} on the {card.Deliverable}: {last}"
            : $"{card.Task} for the {card.ServiceLineName} engagement: {last}");
        var refused = results.Count(r => r.StartsWith("DENIED", StringComparison.Ordinal) || r.StartsWith("INVALID", StringComparison.Ordinal) || r.StartsWith("Error", StringComparison.Ordinal));
        if (refused > 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{refused} of my {results.Count} calls were refused; I kept to the work I am authorized to do."));
        }

        text.AppendLine();
        foreach (var field in card.HandoffFields)
        {
            text.Append(field).Append(": ").AppendLine(Value(field, request, last));
        }

        return text.ToString();
    }

    // Each field is written from the work of this turn: what the calls did, what the edit changed
    // or found, the gate issues it addressed, and what the next step needs.
    private static string Value(string field, StubRequest request, string last)
    {
        var card = request.Card;
        var key = field.ToLowerInvariant();
        var work = TurnWork.Of(request);
        return key switch
        {
            _ when key == "from" || key.EndsWith("_from", StringComparison.Ordinal) || key.Contains("sender", StringComparison.Ordinal) => card.Actor,
            _ when key == "to" || key.EndsWith("_to", StringComparison.Ordinal) || key.Contains("recipient", StringComparison.Ordinal) || key.Contains("receiver", StringComparison.Ordinal) =>
                card.Next.Length > 0 ? card.Next : "whoever takes the next step",
            _ when key.Contains("status", StringComparison.Ordinal) || key.Contains("state", StringComparison.Ordinal) => last,
            _ when key.Contains("done", StringComparison.Ordinal) || key.Contains("summary", StringComparison.Ordinal) || key.Contains("what", StringComparison.Ordinal) => work.Done,
            _ when key.Contains("decision", StringComparison.Ordinal) => work.Decisions,
            _ when key.Contains("next", StringComparison.Ordinal) || key.Contains("action", StringComparison.Ordinal) || key.Contains("ask", StringComparison.Ordinal) =>
                (card.Next.Length > 0 ? $"{card.Next}: " : string.Empty) + work.NextNeeds,
            _ when key.Contains("risk", StringComparison.Ordinal) || key.Contains("issue", StringComparison.Ordinal) || key.Contains("open", StringComparison.Ordinal) || key.Contains("concern", StringComparison.Ordinal) =>
                work.Open,
            _ when key.Contains("accept", StringComparison.Ordinal) || key.Contains("criteri", StringComparison.Ordinal) =>
                card.RequiredSections.Count > 0
                    ? $"The {Subject(card)} has {string.Join(", ", card.RequiredSections)} in that order, a cited source for every figure and Key facts equal to the deliverables released before it."
                    : $"The {Subject(card)} matches the brief's service line and budget.",
            _ when key.Contains("assum", StringComparison.Ordinal) =>
                "Figures come from the client's notes and the benchmarks cited in the Sources section.",
            _ when key.Contains("source", StringComparison.Ordinal) || key.Contains("evidence", StringComparison.Ordinal) =>
                "Every figure cites an entry of the Sources section.",
            _ when key.Contains("deliverable", StringComparison.Ordinal) || key.Contains("artifact", StringComparison.Ordinal) || key.Contains("output", StringComparison.Ordinal) =>
                card.DeliverableId.Length > 0 ? $"{card.Deliverable} ({card.DeliverableId})" : "The engagement plan.",
            _ => $"{field} for the {Subject(card)}: {work.Done}",
        };
    }

    internal static string Subject(Prompts.TaskCard card) => card.Deliverable.Length > 0 ? card.Deliverable : "engagement";
}
