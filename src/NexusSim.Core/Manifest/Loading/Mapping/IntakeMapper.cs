namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps the optional <c>intake</c> section.</summary>
internal static class IntakeMapper
{
    private static readonly KeySpec IntakeKeys = new("the intake policy", ["order", "out_of_band", "pricing_domain"], []);

    public static void Map(Yaml.ManifestNode node, MappingContext context)
    {
        if (MapReader.Open(node, "intake", context.Values, IntakeKeys) is not { } map)
        {
            return;
        }

        var order = map.Ids("order");
        var policy = new IntakePolicy(
            [.. order.Select(o => o.Value)],
            map.Enum<OutOfBandAction>("out_of_band") ?? OutOfBandAction.Decline,
            map.Has("pricing_domain") ? map.Id("pricing_domain") : null,
            map.Location);
        context.Draft.Intake = policy;
        context.Locations.Set(policy, "out_of_band", map.At("out_of_band"));
        context.Locations.Set(policy, "pricing_domain", map.At("pricing_domain"));
        context.Locations.SetItems(policy, "order", order);
    }
}
