using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>decision_domains</c>, the decision matrix.</summary>
internal static class DomainMapper
{
    private static readonly string[] Keys = ["id", "description", "owner"];
    private static readonly KeySpec Spec = new("a decision domain", Keys, Keys);

    public static void Map(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "decision_domains"))
        {
            if (MapReader.Open(item, path, context.Values, Spec) is not { } map)
            {
                continue;
            }

            var domain = new DecisionDomain(map.Id("id") ?? string.Empty, map.Text("description") ?? string.Empty,
                map.Id("owner") ?? string.Empty, map.Location);
            context.Locations.Set(domain, "id", map.At("id"));
            context.Locations.Set(domain, "owner", map.At("owner"));
            context.Draft.Domains.Add(domain);
        }
    }
}
