using NexusSim.Agents.Prompts;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Stub;

/// <summary>
/// How a stub manager decides an escalation, from the task card and the escalation report in its
/// prompt: the first time (attempt 1) it sends the work back for one more round of the same work,
/// with an option that says so ("revise", "retry", "rework"), or failing that the first option that
/// asks for another round in any other way ("extend", "narrow", "decompose"); after that, or when no
/// such option exists, it accepts the work ("accept ..."), its caveat naming what the report's last
/// attempt left open; failing both, it picks the first option. Its reason says what it asks for, so
/// the option named matches it: it never picks "decompose" to ask for the same work again.
/// Deterministic: the same card and report always yield the same decision.
/// </summary>
internal static class StubEscalationDecider
{
    private static readonly string[] SameWorkWords = ["revise", "retry", "rework"];
    private static readonly string[] OtherRoundWords = ["extend", "narrow", "decompose"];

    /// <summary>The decision on <paramref name="card"/>'s escalation; <paramref name="report"/> is the escalation report in the prompt, if any.</summary>
    public static Dictionary<string, object?> Decide(TaskCard card, string? report = null)
    {
        var round = card.Options.FirstOrDefault(o => SameWorkWords.Any(w => StartsWith(o, w)))
            ?? card.Options.FirstOrDefault(o => OtherRoundWords.Any(w => StartsWith(o, w)));
        var accept = card.Options.FirstOrDefault(o => StartsWith(o, "accept"));
        var option = (card.Attempt <= 1 ? round ?? accept : accept ?? round) ?? card.Options.FirstOrDefault() ?? string.Empty;
        return new Dictionary<string, object?>
        {
            [ActionArgs.EscalationId] = card.EscalationId,
            [ActionArgs.Option] = option,
            [ActionArgs.Reason] = StartsWith(option, "accept")
                ? Acceptance(card, LastAttempt(report))
                : $"One more round at {card.GateId}: address every issue in the report before the gate runs again.",
        };
    }

    // The caveat names what is still open: the report's last attempt, as the report states it.
    private static string Acceptance(TaskCard card, string? open)
    {
        var after = $"Accepted as it stands after {card.Attempt} {(card.Attempt == 1 ? "escalation" : "escalations")}";
        return open is null
            ? $"{after}: the remaining issues at {card.GateId} are recorded as caveats for the client team."
            : $"{after}. Still open at {card.GateId}, recorded as a caveat for the client team: {open}.";
    }

    // The report's attempt history has one line per attempt, "- attempt N on <hash>...: <what happened>"; the last one's outcome.
    private static string? LastAttempt(string? report)
    {
        var last = report?.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("- attempt ", StringComparison.Ordinal));
        var colon = last?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
        return colon < 0 ? null : last![(colon + 2)..].TrimEnd('.');
    }

    private static bool StartsWith(string option, string word) => option.TrimStart().StartsWith(word, StringComparison.OrdinalIgnoreCase);
}
