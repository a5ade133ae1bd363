using NexusSim.Agents.Metering;

namespace NexusSim.Agents.Prompts;

/// <summary>
/// Cuts a turn's prompt to its model tier's context budget (the <c>context_overflow</c> scenario),
/// counting tokens part by part with the meter's counter (<see cref="TokenCounter"/>) and cutting
/// whole parts until the identity, the tool definitions and what is left fit. The task card and the closing instruction
/// are never cut. The order is fixed, so the same prompt is always cut the same way:
/// <list type="bullet">
/// <item>with the whole history in the prompt, oldest first, as a chat window slides: the brief (the
/// engagement's first message), then the history, then the turn's own parts in prompt order;</item>
/// <item>with scoped context, least relevant first: other deliverables, released key facts, the task
/// template, the gate's rubric, the handoff, the brief, the feedback, the turn's own artifact.</item>
/// </list>
/// </summary>
public static class ContextWindow
{
    private static readonly string[] ScopedOrder = [PromptPart.History, "released", "template", "gate", "handoff", PromptPart.Brief, "feedback", "artifact"];

    /// <summary>The prompt of <paramref name="parts"/> within <paramref name="budget"/> tokens, <paramref name="reservedTokens"/> of which go to what every call sends whole (the identity as system prompt, the tool definitions).</summary>
    public static ContextFit Fit(IReadOnlyList<PromptPart> parts, int budget, int reservedTokens, bool wholeHistory)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        var tokens = parts.Select(p => TokenCounter.Count(p.Text)).ToArray();
        var before = reservedTokens + tokens.Sum();
        var total = before;
        var cut = new List<int>();
        foreach (var index in DropOrder(parts, wholeHistory))
        {
            if (total <= budget)
            {
                break;
            }

            cut.Add(index);
            total -= tokens[index];
        }

        var kept = parts.Where((_, i) => !cut.Contains(i));
        return new ContextFit(string.Concat(kept.Select(p => p.Text)), budget, reservedTokens, before, total, [.. cut.Select(i => parts[i])]);
    }

    private static IEnumerable<int> DropOrder(IReadOnlyList<PromptPart> parts, bool wholeHistory)
    {
        var droppable = Enumerable.Range(0, parts.Count).Where(i => !parts[i].Pinned).ToList();
        if (wholeHistory)
        {
            return droppable.OrderBy(i => parts[i].Kind == PromptPart.Brief ? 0 : parts[i].Kind == PromptPart.History ? 1 : 2).ThenBy(i => i);
        }

        return droppable.OrderBy(i => Array.IndexOf(ScopedOrder, parts[i].Kind) is var rank and >= 0 ? rank : ScopedOrder.Length).ThenBy(i => i);
    }
}
