using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading.Mapping;

/// <summary>Maps <c>schema_version</c>, <c>firm</c>, <c>handoff_fields</c> and <c>escalation</c>.</summary>
internal static class FirmMapper
{
    public const int SupportedSchemaVersion = 1;

    private static readonly KeySpec FirmKeys = new("the firm", ["id", "name", "description"], ["id", "name", "description"]);

    private static readonly KeySpec EscalationKeys = new(
        "the escalation policy", ["on_denial", "max_levels", "options"], ["on_denial", "max_levels", "options"]);

    public static void MapSchemaVersion(ManifestNode node, MappingContext context) =>
        context.Values.Integer(node, SectionTable.SchemaVersion, SupportedSchemaVersion, SupportedSchemaVersion);

    public static void MapFirm(ManifestNode node, MappingContext context)
    {
        if (MapReader.Open(node, "firm", context.Values, FirmKeys) is not { } map)
        {
            return;
        }

        context.Draft.Firm = new FirmInfo(map.Id("id") ?? string.Empty, map.Text("name") ?? string.Empty,
            map.Text("description") ?? string.Empty, map.Location);
    }

    public static void MapHandoffFields(ManifestNode node, MappingContext context)
    {
        var fields = ListValues.Once(context.Values, ListValues.Texts(context.Values, node, "handoff_fields"), "handoff_fields", StringComparer.OrdinalIgnoreCase);
        if (node is ListNode { Items.Count: 0 })
        {
            context.Diagnostics.Add(node.Location, ErrorCodes.EmptyValue, "handoff_fields lists no field.",
                "List what every handoff states (e.g. goal, context, done_criteria).");
        }

        context.Draft.HandoffFields.AddRange(fields.Select(f => f.Value));
    }

    public static void MapEscalation(ManifestNode node, MappingContext context)
    {
        if (MapReader.Open(node, "escalation", context.Values, EscalationKeys) is not { } map)
        {
            return;
        }

        context.Draft.Escalation = new EscalationPolicy(
            map.Bool("on_denial") ?? false,
            (int)(map.Integer("max_levels", 1, 20) ?? 1),
            [.. map.Texts("options").Select(o => o.Value)],
            map.Location);
    }
}
