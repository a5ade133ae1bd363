using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>gates</c>, with the defaults max_attempts 3, on_fail rework, blocking true.</summary>
internal static class GateMapper
{
    public const int DefaultMaxAttempts = 3;
    public const int MaxAttempts = 10;

    private static readonly KeySpec Spec = new(
        "a gate",
        ["id", "name", "kind", "checks", "owners", "rubric", "max_attempts", "on_fail", "blocking"],
        ["id", "name", "kind", "owners", "rubric"]);

    public static void Map(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "gates"))
        {
            if (MapReader.Open(item, path, context.Values, Spec) is not { } map)
            {
                continue;
            }

            var owners = map.Ids("owners");
            var kind = map.Enum<GateKind>("kind");
            var gate = new GateDefinition(
                map.Id("id") ?? string.Empty,
                map.Text("name") ?? string.Empty,
                kind ?? GateKind.Review,
                map.Enums<CheckKind>("checks"),
                [.. owners.Select(o => o.Value)],
                map.Text("rubric") ?? string.Empty,
                (int)(map.Integer("max_attempts", 1, MaxAttempts) ?? DefaultMaxAttempts),
                map.Enum<FailAction>("on_fail") ?? FailAction.Rework,
                map.Bool("blocking") ?? true,
                map.Location);
            context.Locations.Set(gate, "id", map.At("id"));
            context.Locations.Set(gate, "owners", map.At("owners"));
            context.Locations.Set(gate, "checks", map.At("checks"));
            context.Locations.Set(gate, "blocking", map.At("blocking"));
            if (map.Has("kind") && kind is null)
            {
                context.Draft.Incomplete.Add(gate); // its kind is reported already; no follow-on kind errors
            }

            context.Locations.SetItems(gate, "owners", owners);
            if (map.Get("owners") is ListNode { Items.Count: 0 } empty)
            {
                context.Diagnostics.Add(empty.Location, ErrorCodes.EmptyValue, $"{path}.owners lists no owner.",
                    "List at least one actor id who gives the verdict.");
            }

            context.Draft.Gates.Add(gate);
        }
    }
}
