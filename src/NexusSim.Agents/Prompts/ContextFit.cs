using System.Globalization;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Prompts;

/// <summary>A turn's prompt after its context budget: what is sent and what was cut.</summary>
/// <param name="Prompt">The user prompt sent.</param>
/// <param name="Budget">The tier's budget in tokens.</param>
/// <param name="Reserved">The tokens sent whole on every call, never cut: the identity (system prompt) and the tool definitions.</param>
/// <param name="TokensBefore">The context's tokens before cutting (identity, tool definitions and prompt).</param>
/// <param name="TokensSent">The context's tokens sent (identity, tool definitions and the kept parts).</param>
/// <param name="Cut">The parts cut, in the order cut.</param>
public sealed record ContextFit(string Prompt, int Budget, int Reserved, int TokensBefore, int TokensSent, IReadOnlyList<PromptPart> Cut)
{
    /// <summary>Whether even the parts that are never cut exceed the budget (the turn is sent over budget).</summary>
    public bool OverBudget => TokensSent > Budget;

    /// <summary>The audit outcome: <c>truncated</c>, or <c>over_budget</c> when even the pinned parts do not fit.</summary>
    public string Outcome => OverBudget ? "over_budget" : "truncated";

    /// <summary>The audit reason: the budget, what was cut and how much.</summary>
    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"Context budget {Budget} tokens; the context held {TokensBefore} ({Reserved} of them the identity and the tool definitions, sent whole). Cut {CountWords.Of(Cut.Count, "part")} ({string.Join(", ", Cut.Select(p => p.Kind))}), {TokensBefore - TokensSent} tokens; sent {TokensSent}.")
        + (OverBudget ? " Only the task card, the closing instruction, the identity and the tool definitions were left, and they alone exceed the budget: sent over budget." : string.Empty);

    /// <summary>The audit data: the figures behind <see cref="Reason"/>.</summary>
    public IReadOnlyDictionary<string, string> Data => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["budget_tokens"] = Budget.ToString(CultureInfo.InvariantCulture),
        ["reserved_tokens"] = Reserved.ToString(CultureInfo.InvariantCulture),
        ["tokens_before"] = TokensBefore.ToString(CultureInfo.InvariantCulture),
        ["tokens_sent"] = TokensSent.ToString(CultureInfo.InvariantCulture),
        ["tokens_cut"] = (TokensBefore - TokensSent).ToString(CultureInfo.InvariantCulture),
        ["parts_cut"] = Cut.Count.ToString(CultureInfo.InvariantCulture),
        ["cut"] = string.Join(",", Cut.Select(p => p.Kind)),
    };
}
