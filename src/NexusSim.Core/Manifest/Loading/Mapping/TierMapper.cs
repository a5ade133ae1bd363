namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>model_tiers</c>.</summary>
internal static class TierMapper
{
    private static readonly string[] Keys = ["id", "model", "base_latency_ms", "ms_per_output_token"];
    private static readonly KeySpec Spec = new("a model tier", Keys, Keys);

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
                map.Location);
            context.Locations.Set(tier, "id", map.At("id"));
            context.Draft.ModelTiers.Add(tier);
        }
    }
}
