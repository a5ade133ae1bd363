using NexusSim.Agents.Prompts;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Stub;

/// <summary>
/// How a stub manager decides an escalation, from the task card alone: the first time (attempt 1)
/// it sends the work back for another round with the first option that asks for one ("revise",
/// "retry", "extend", "narrow", "decompose"); after that, or when no such option exists, it accepts
/// the work with its caveats recorded ("accept ..."); failing both, it picks the first option.
/// Deterministic: the same card always yields the same decision.
/// </summary>
internal static class StubEscalationDecider
{
    private static readonly string[] RoundWords = ["revise", "retry", "rework", "extend", "narrow", "decompose"];

    public static Dictionary<string, object?> Decide(TaskCard card)
    {
        var round = card.Options.FirstOrDefault(o => RoundWords.Any(w => StartsWith(o, w)));
        var accept = card.Options.FirstOrDefault(o => StartsWith(o, "accept"));
        var option = (card.Attempt <= 1 ? round ?? accept : accept ?? round) ?? card.Options.FirstOrDefault() ?? string.Empty;
        return new Dictionary<string, object?>
        {
            [ActionArgs.EscalationId] = card.EscalationId,
            [ActionArgs.Option] = option,
            [ActionArgs.Reason] = StartsWith(option, "accept")
                ? $"Accepted as it stands after {card.Attempt} escalation(s): the remaining issues at {card.GateId} are recorded as caveats for the client team."
                : $"One more round at {card.GateId}: address every issue in the report before the gate runs again.",
        };
    }

    private static bool StartsWith(string option, string word) => option.TrimStart().StartsWith(word, StringComparison.OrdinalIgnoreCase);
}
