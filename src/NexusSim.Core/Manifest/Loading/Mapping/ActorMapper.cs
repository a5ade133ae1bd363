using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>humans</c> and <c>agents</c>, reading each agent's identity file.</summary>
internal static class ActorMapper
{
    private static readonly string[] Keys = ["id", "name", "title", "tier", "reports_to", "domains", "duties", "identity"];
    private static readonly KeySpec HumanSpec = new("a human", Keys, ["id", "name", "title", "duties"]);
    private static readonly KeySpec AgentSpec = new("an agent", Keys, ["id", "name", "title", "tier", "duties", "identity"]);

    public static void Map(ManifestNode node, ActorKind kind, MappingContext context)
    {
        var section = kind == ActorKind.Human ? "humans" : "agents";
        var target = kind == ActorKind.Human ? context.Draft.Humans : context.Draft.Agents;
        foreach (var (item, path) in ListValues.Items(context.Values, node, section))
        {
            if (MapReader.Open(item, path, context.Values, kind == ActorKind.Human ? HumanSpec : AgentSpec) is { } map)
            {
                target.Add(MapActor(map, kind, context));
            }
        }
    }

    private static ActorDefinition MapActor(MapReader map, ActorKind kind, MappingContext context)
    {
        if (kind == ActorKind.Human)
        {
            RefuseForHumans(map, context);
        }

        var domains = map.Ids("domains");
        var identityPath = kind == ActorKind.Agent ? map.Text("identity") : null;
        var identityText = identityPath is null ? null : IdentityReader.Read(identityPath, map.At("identity"), context);
        var actor = new ActorDefinition(
            map.Id("id") ?? string.Empty,
            map.Text("name") ?? string.Empty,
            map.Text("title") ?? string.Empty,
            kind,
            kind == ActorKind.Agent ? map.Id("tier") : null,
            map.Id("reports_to"),
            [.. domains.Select(d => d.Value)],
            map.Text("duties") ?? string.Empty,
            identityPath,
            identityText,
            map.Location);
        context.Locations.Set(actor, "id", map.At("id"));
        context.Locations.Set(actor, "tier", map.At("tier"));
        context.Locations.Set(actor, "reports_to", map.At("reports_to"));
        context.Locations.SetItems(actor, "domains", domains);
        return actor;
    }

    private static void RefuseForHumans(MapReader map, MappingContext context)
    {
        foreach (var key in new[] { "tier", "identity" }.Where(map.Has))
        {
            context.Diagnostics.Add(map.At(key), ErrorCodes.NotForHumans,
                $"{map.Path}: a human has no '{key}' (humans are not run by a model).",
                $"Remove '{key}' from the human.");
        }
    }
}
