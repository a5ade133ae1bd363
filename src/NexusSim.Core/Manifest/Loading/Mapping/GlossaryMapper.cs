using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>glossary</c> and <c>standing_pairs</c>.</summary>
internal static class GlossaryMapper
{
    private static readonly KeySpec TermSpec = new(
        "a glossary term", ["term", "definition", "domain", "forbidden_variants"], ["term", "definition", "domain"]);

    public static void MapGlossary(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "glossary"))
        {
            if (MapReader.Open(item, path, context.Values, TermSpec) is not { } map)
            {
                continue;
            }

            var term = new GlossaryTerm(
                map.Text("term") ?? string.Empty,
                map.Text("definition") ?? string.Empty,
                map.Id("domain") ?? string.Empty,
                [.. map.Texts("forbidden_variants").Select(v => v.Value)],
                map.Location);
            context.Locations.Set(term, "term", map.At("term"));
            context.Locations.Set(term, "domain", map.At("domain"));
            context.Draft.Glossary.Add(term);
        }
    }

    public static void MapStandingPairs(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "standing_pairs"))
        {
            var ids = ListValues.Ids(context.Values, item, path);
            if (item is not ListNode list)
            {
                continue;
            }

            if (list.Items.Count != 2)
            {
                context.Diagnostics.Add(item.Location, ErrorCodes.BadPair,
                    $"{path}: a standing pair lists {list.Items.Count} actors.", "Write exactly two actor ids: [first, second].");
                continue;
            }

            if (ids.Count != 2)
            {
                continue;
            }

            var pair = new StandingPair(ids[0].Value, ids[1].Value, item.Location);
            context.Locations.SetItems(pair, "actors", ids);
            context.Draft.StandingPairs.Add(pair);
        }
    }
}
