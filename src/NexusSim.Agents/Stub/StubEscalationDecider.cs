using NexusSim.Agents.Prompts;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Stub;

/// <summary>
/// How a stub manager decides an escalation, from the task card alone: the first time (attempt 1)
/// it sends the work back for one more round of the same work, with an option that says so ("revise",
/// "retry", "rework"), or failing that the first option that asks for another round in any other way
/// ("extend", "narrow", "decompose"); after that, or when no such option exists, it accepts the work
/// with its caveats recorded ("accept ..."); failing both, it picks the first option. Its reason says
/// what it asks for, so the option named matches it: it never picks "decompose" to ask for the same
/// work again. Deterministic: the same card always yields the same decision.
/// </summary>
internal static class StubEscalationDecider
{
    private static readonly string[] SameWorkWords = ["revise", "retry", "rework"];
    private static readonly string[] OtherRoundWords = ["extend", "narrow", "decompose"];

    public static Dictionary<string, object?> Decide(TaskCard card)
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
                ? $"Accepted as it stands after {card.Attempt} {(card.Attempt == 1 ? "escalation" : "escalations")}: the remaining issues at {card.GateId} are recorded as caveats for the client team."
                : $"One more round at {card.GateId}: address every issue in the report before the gate runs again.",
        };
    }

    private static bool StartsWith(string option, string word) => option.TrimStart().StartsWith(word, StringComparison.OrdinalIgnoreCase);
}
