using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>actions</c> and <c>separation_of_duties</c>.</summary>
internal static class ActionMapper
{
    private static readonly KeySpec ActionSpec = new(
        "an action", ["id", "description", "external", "domain_owner_only", "requires"], ["id", "description"]);

    private static readonly string[] RuleKeys = ["id", "action", "actor_must_differ_from", "reason"];
    private static readonly KeySpec RuleSpec = new("a separation-of-duties rule", RuleKeys, RuleKeys);

    public static void MapActions(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "actions"))
        {
            if (MapReader.Open(item, path, context.Values, ActionSpec) is not { } map)
            {
                continue;
            }

            var action = new ActionDefinition(
                map.Id("id") ?? string.Empty,
                map.Text("description") ?? string.Empty,
                map.Bool("external") ?? false,
                map.Bool("domain_owner_only") ?? false,
                map.Enums<Precondition>("requires"),
                map.Location);
            context.Locations.Set(action, "id", map.At("id"));
            context.Draft.Actions.Add(action);
        }
    }

    public static void MapSeparation(ManifestNode node, MappingContext context)
    {
        foreach (var (item, path) in ListValues.Items(context.Values, node, "separation_of_duties"))
        {
            if (MapReader.Open(item, path, context.Values, RuleSpec) is not { } map)
            {
                continue;
            }

            var rule = new SeparationRule(
                map.Id("id") ?? string.Empty,
                map.Id("action") ?? string.Empty,
                map.Enum<DutyParty>("actor_must_differ_from") ?? DutyParty.Author,
                map.Text("reason") ?? string.Empty,
                map.Location);
            context.Locations.Set(rule, "id", map.At("id"));
            context.Locations.Set(rule, "action", map.At("action"));
            context.Draft.SeparationOfDuties.Add(rule);
        }
    }
}
