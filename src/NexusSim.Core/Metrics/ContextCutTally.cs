using System.Text.Json.Serialization;

namespace NexusSim.Core.Metrics;

/// <summary>
/// What a per-turn context budget cut in a run (the <c>context_overflow</c> scenario), from the
/// audit's <c>context</c> entries. In summary.json only when the run enforces a context budget.
/// </summary>
public sealed record ContextCutTally
{
    /// <summary>Model turns whose context was cut (each audited <c>truncated</c> or <c>over_budget</c>).</summary>
    [JsonPropertyName("turns_cut")] public long TurnsCut { get; init; }

    /// <summary>Tokens cut across those turns.</summary>
    [JsonPropertyName("tokens_cut")] public long TokensCut { get; init; }

    /// <summary>Turns sent over budget: even the parts never cut (task card, closing instruction) exceeded it.</summary>
    [JsonPropertyName("over_budget")] public long OverBudget { get; init; }
}
