using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>chains</c> and their steps.</summary>
internal static class ChainMapper
{
    private static readonly string[] ChainKeys = ["id", "name", "steps"];
    private static readonly KeySpec ChainSpec = new("a chain", ChainKeys, ChainKeys);
    private static readonly string[] StepKeys = ["actor", "task", "mode"];
    private static readonly KeySpec StepSpec = new("a chain step", StepKeys, StepKeys);

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

                var step = new ChainStep(stepMap.Id("actor") ?? string.Empty, stepMap.Id("task") ?? string.Empty, mode, stepMap.Location);
                context.Locations.Set(step, "actor", stepMap.At("actor"));
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
