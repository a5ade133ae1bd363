using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>service_lines</c> and their phases.</summary>
internal static class ServiceLineMapper
{
    public const int MaxWeeks = 520;

    private static readonly KeySpec LineSpec = new(
        "a service line",
        ["id", "name", "weeks", "price_min_usd", "price_max_usd", "phases", "deliverables"],
        ["id", "name", "weeks", "price_min_usd", "price_max_usd", "deliverables"]);

    private static readonly KeySpec PhaseSpec = new(
        "a phase", ["id", "name", "start_week", "end_week", "summary", "live"], ["id", "name", "start_week", "end_week"]);

    public static void Map(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "service_lines"))
        {
            if (MapReader.Open(item, path, context.Values, LineSpec) is { } map)
            {
                context.Draft.ServiceLines.Add(MapLine(map, context));
            }
        }
    }

    private static ServiceLine MapLine(MapReader map, MappingContext context)
    {
        var deliverables = map.Ids("deliverables");
        var phases = new List<Phase>();
        foreach (var (item, path) in map.Items("phases"))
        {
            if (MapReader.Open(item, path, context.Values, PhaseSpec) is { } phaseMap)
            {
                phases.Add(MapPhase(phaseMap, context));
            }
        }

        var id = map.Id("id") ?? string.Empty;
        var name = map.Text("name") ?? string.Empty;
        var weeks = (int)(map.Integer("weeks", 1, MaxWeeks) ?? 0);
        var priceMin = map.Integer("price_min_usd", 0, GrantMapper.MaxAmountUsd);
        var priceMax = map.Integer("price_max_usd", 0, GrantMapper.MaxAmountUsd);
        var line = new ServiceLine(
            id,
            name,
            weeks,
            priceMin ?? 0,
            priceMax ?? 0,
            phases,
            [.. deliverables.Select(d => d.Value)],
            map.Location);
        context.Locations.Set(line, "id", map.At("id"));
        context.Locations.Set(line, "weeks", map.At("weeks"));
        context.Locations.Set(line, "price_min_usd", map.At("price_min_usd"));
        if (priceMin is null || priceMax is null)
        {
            // The price band rule would compare a placeholder.
            context.Draft.Incomplete.Add(line);
        }

        if (map.Get("deliverables") is ListNode { Items.Count: 0 } empty)
        {
            context.Diagnostics.Add(empty.Location, ErrorCodes.ServiceLineEmpty, $"{map.Path}: service line '{line.Id}' lists no deliverables.",
                "List at least one deliverable type id under deliverables.");
        }

        context.Locations.SetItems(line, "deliverables", deliverables);
        return line;
    }

    private static Phase MapPhase(MapReader map, MappingContext context)
    {
        var phase = new Phase(
            map.Id("id") ?? string.Empty,
            map.Text("name") ?? string.Empty,
            (int)(map.Integer("start_week", 1, MaxWeeks) ?? 0),
            (int)(map.Integer("end_week", 1, MaxWeeks) ?? 0),
            map.Has("summary") ? map.Text("summary") ?? string.Empty : string.Empty,
            map.Location)
        {
            Live = map.Bool("live") ?? false,
        };
        context.Locations.Set(phase, "id", map.At("id"));
        context.Locations.Set(phase, "start_week", map.At("start_week"));
        context.Locations.Set(phase, "end_week", map.At("end_week"));
        return phase;
    }
}
