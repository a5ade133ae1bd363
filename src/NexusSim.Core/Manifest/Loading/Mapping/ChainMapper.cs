using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>chains</c> and their steps.</summary>
internal static class ChainMapper
{
    private static readonly string[] ChainKeys = ["id", "name", "steps"];
    private static readonly KeySpec ChainSpec = new("a chain", ChainKeys, ChainKeys);
    private static readonly KeySpec StepSpec = new("a chain step", ["actor", "task", "mode", "gates"], ["actor", "task", "mode"]);

    public static void Map(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "chains"))
        {
            if (MapReader.Open(item, path, context.Values, ChainSpec) is not { } map)
            {
                continue;
            }

            var steps = new List<ChainStep>();
            var complete = true;
            foreach (var (stepItem, stepPath) in map.Items("steps"))
            {
                var stepMap = MapReader.Open(stepItem, stepPath, context.Values, StepSpec);
                if (stepMap?.Enum<StepMode>("mode") is not { } mode)
                {
                    complete = false;
                    continue;
                }

                var pool = stepMap.Get("actor") is ListNode ? stepMap.Ids("actor") : [];
                var actor = pool.Count > 0 ? pool[0].Value : (stepMap.Get("actor") is ListNode ? string.Empty : stepMap.Id("actor") ?? string.Empty);
                var gates = stepMap.Ids("gates");
                var step = new ChainStep(actor, stepMap.Id("task") ?? string.Empty, mode, stepMap.Location)
                {
                    Pool = pool.Count > 1 ? [.. pool.Select(p => p.Value)] : [],
                    Gates = [.. gates.Select(g => g.Value)],
                };
                context.Locations.Set(step, "actor", stepMap.At("actor"));
                context.Locations.SetItems(step, "actor", pool);
                context.Locations.Set(step, "gates", stepMap.At("gates"));
                context.Locations.SetItems(step, "gates", gates);
                steps.Add(step);
            }

            var chain = new ChainDefinition(map.Id("id") ?? string.Empty, map.Text("name") ?? string.Empty, steps, map.Location);
            context.Locations.Set(chain, "id", map.At("id"));
            context.Locations.Set(chain, "steps", map.At("steps"));
            if (!complete)
            {
                context.Draft.Incomplete.Add(chain);
            }

            context.Draft.Chains.Add(chain);
        }
    }
}
