using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>deliverable_types</c>.</summary>
internal static class DeliverableMapper
{
    private static readonly KeySpec Spec = new(
        "a deliverable type",
        ["id", "name", "description", "author", "chain", "client_facing", "required_sections", "gates", "phase"],
        ["id", "name", "description", "author", "chain", "client_facing"]);

    public static void Map(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "deliverable_types"))
        {
            if (MapReader.Open(item, path, context.Values, Spec) is not { } map)
            {
                continue;
            }

            var gates = map.Ids("gates");
            var type = new DeliverableType(
                map.Id("id") ?? string.Empty,
                map.Text("name") ?? string.Empty,
                map.Text("description") ?? string.Empty,
                map.Id("author") ?? string.Empty,
                map.Id("chain") ?? string.Empty,
                map.Bool("client_facing") ?? false,
                [.. map.Texts("required_sections").Select(s => s.Value)],
                [.. gates.Select(g => g.Value)],
                map.Location)
            {
                Phase = map.Has("phase") ? map.Id("phase") ?? string.Empty : string.Empty,
            };
            context.Locations.Set(type, "id", map.At("id"));
            context.Locations.Set(type, "phase", map.At("phase"));
            context.Locations.Set(type, "author", map.At("author"));
            context.Locations.Set(type, "chain", map.At("chain"));
            context.Locations.SetItems(type, "gates", gates);
            context.Draft.DeliverableTypes.Add(type);
        }
    }
}
