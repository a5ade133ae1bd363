namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>model_tiers</c>.</summary>
internal static class TierMapper
{
    /// <summary>The largest context budget a tier may declare, in tokens.</summary>
    public const int MaxBudgetTokens = 10_000_000;

    private static readonly string[] Required = ["id", "model", "base_latency_ms", "ms_per_output_token"];
    private static readonly KeySpec Spec = new("a model tier", [.. Required, "context_budget_tokens"], Required);

    public static void Map(Yaml.ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "model_tiers"))
        {
            if (MapReader.Open(item, path, context.Values, Spec) is not { } map)
            {
                continue;
            }

            var tier = new ModelTier(
                map.Id("id") ?? string.Empty,
                map.Text("model") ?? string.Empty,
                (int)(map.Integer("base_latency_ms", 0, 3_600_000) ?? 0),
                (double)(map.Decimal("ms_per_output_token", 0m) ?? 0m),
                map.Location)
            {
                ContextBudgetTokens = Budget(map, context),
            };
            context.Locations.Set(tier, "id", map.At("id"));
            context.Draft.ModelTiers.Add(tier);
        }
    }

    // Optional: a budget of zero or less could never hold a task card, so it is refused with its own code.
    private static int? Budget(MapReader map, MappingContext context)
    {
        if (map.Integer("context_budget_tokens", long.MinValue, long.MaxValue) is not { } budget)
        {
            return null;
        }

        if (budget is <= 0 or > MaxBudgetTokens)
        {
            context.Values.Diagnostics.Add(map.At("context_budget_tokens"), ErrorCodes.ContextBudgetNotPositive,
                $"model_tiers: context_budget_tokens is {budget}; a turn's context budget must be from 1 to {MaxBudgetTokens} tokens.",
                "Give the tier's per-turn context budget in tokens (e.g. 4000), or leave the key out for the default.");
            return null;
        }

        return (int)budget;
    }
}
