using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps every section present, in schema order (so identity files are read in actor order).</summary>
internal static class SectionMapper
{
    private static readonly (string Name, Action<ManifestNode, MappingContext> Map)[] Mappers =
    [
        (SectionTable.SchemaVersion, FirmMapper.MapSchemaVersion),
        ("firm", FirmMapper.MapFirm),
        ("model_tiers", TierMapper.Map),
        ("humans", (node, context) => ActorMapper.Map(node, ActorKind.Human, context)),
        ("agents", (node, context) => ActorMapper.Map(node, ActorKind.Agent, context)),
        ("decision_domains", DomainMapper.Map),
        ("actions", ActionMapper.MapActions),
        ("grants", GrantMapper.Map),
        ("separation_of_duties", ActionMapper.MapSeparation),
        ("service_lines", ServiceLineMapper.Map),
        ("deliverable_types", DeliverableMapper.Map),
        ("gates", GateMapper.Map),
        ("chains", ChainMapper.Map),
        ("handoff_fields", FirmMapper.MapHandoffFields),
        ("escalation", FirmMapper.MapEscalation),
        ("glossary", GlossaryMapper.MapGlossary),
        ("standing_pairs", GlossaryMapper.MapStandingPairs),
        ("intake", IntakeMapper.Map),
    ];

    public static void MapAll(SectionTable sections, MappingContext context)
    {
        foreach (var (name, map) in Mappers)
        {
            if (sections.Get(name) is not { } node)
            {
                continue;
            }

            if (node is ListNode or MapNode)
            {
                context.Draft.Sections.Add(name);
                context.Locations.Set(context.Draft, name, node.Location);
            }

            map(node, context);
        }
    }
}
