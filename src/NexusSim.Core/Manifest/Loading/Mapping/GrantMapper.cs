using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>grants</c> with their limits.</summary>
internal static class GrantMapper
{
    public const long MaxAmountUsd = 1_000_000_000_000;
    public const string LimitServiceLines = "limits.service_lines";
    public const string LimitMaxAmount = "limits.max_amount_usd";

    private static readonly KeySpec GrantSpec = new("a grant", ["action", "actors", "limits"], ["action", "actors"]);

    private static readonly KeySpec LimitSpec = new("grant limits", ["max_amount_usd", "max_risk", "service_lines"], []);

    public static void Map(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "grants"))
        {
            if (MapReader.Open(item, path, context.Values, GrantSpec) is not { } map)
            {
                continue;
            }

            var actors = map.Ids("actors");
            var limitsMap = map.Map("limits", LimitSpec);
            var lines = limitsMap?.Ids("service_lines") ?? [];
            var limits = limitsMap is null
                ? GrantLimits.None
                : new GrantLimits(
                    limitsMap.Integer("max_amount_usd", 0, MaxAmountUsd),
                    limitsMap.Enum<RiskLevel>("max_risk"),
                    limitsMap.Has("service_lines") ? [.. lines.Select(l => l.Value)] : null);
            var grant = new ActionGrant(map.Id("action") ?? string.Empty, [.. actors.Select(a => a.Value)], limits, map.Location);
            context.Locations.Set(grant, "action", map.At("action"));
            context.Locations.SetItems(grant, "actors", actors);
            context.Locations.SetItems(grant, LimitServiceLines, lines);
            if (limitsMap is not null)
            {
                context.Locations.Set(grant, LimitMaxAmount, limitsMap.At("max_amount_usd"));
            }
            if (map.Get("actors") is ListNode { Items.Count: 0 } empty)
            {
                context.Diagnostics.Add(empty.Location, ErrorCodes.EmptyValue, $"{path}.actors lists no actor.",
                    "List at least one actor id, or remove the grant.");
            }

            context.Draft.Grants.Add(grant);
        }
    }
}
