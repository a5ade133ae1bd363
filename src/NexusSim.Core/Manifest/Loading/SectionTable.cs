using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// The top-level sections of the manifest, gathered from the entry file and its includes. Each
/// section may be defined in one file only; included files may not include others (no nesting,
/// so no include cycles) and may not hold <c>schema_version</c>.
/// </summary>
internal sealed class SectionTable
{
    public const string Include = "include";
    public const string SchemaVersion = "schema_version";

    public static readonly IReadOnlyList<string> Names =
    [
        SchemaVersion, Include, "firm", "model_tiers", "humans", "agents", "decision_domains", "actions", "grants",
        "separation_of_duties", "service_lines", "deliverable_types", "gates", "chains", "handoff_fields",
        "escalation", "glossary", "standing_pairs", "intake",
    ];

    private static readonly string[] Optional = [Include, "separation_of_duties", "glossary", "standing_pairs", "intake"];

    private readonly Dictionary<string, MapEntry> _sections = new(StringComparer.Ordinal);
    private readonly ManifestDiagnostics _diagnostics;

    private SectionTable(ManifestDiagnostics diagnostics) => _diagnostics = diagnostics;

    public ManifestNode? Get(string name) => _sections.TryGetValue(name, out var entry) ? entry.Value : null;

    /// <summary>Collects the sections of the entry file and every file it includes.</summary>
    public static SectionTable Collect(MapNode entryRoot, string entryFullPath, MappingContext context)
    {
        var table = new SectionTable(context.Diagnostics);
        foreach (var entry in entryRoot.Entries)
        {
            table.Add(entry);
        }

        if (table.Get(Include) is { } includes)
        {
            new IncludeReader(context, entryFullPath).ReadAll(includes, table.AddIncluded);
        }

        // A section in an unreadable file is missing for that reason alone: its file's error says so.
        foreach (var name in Names.Except(Optional).Where(n => !table._sections.ContainsKey(n) && !context.Diagnostics.HasFileErrors))
        {
            context.Diagnostics.Add(entryRoot.Location, ErrorCodes.MissingKey, $"The manifest has no '{name}' section.",
                $"Add a top-level '{name}:' section (see docs/manifest-schema.md).");
        }

        return table;
    }

    private void AddIncluded(MapEntry entry)
    {
        if (entry.Key.Value is Include or SchemaVersion)
        {
            _diagnostics.Add(entry.Key.Location, ErrorCodes.IncludeNotAllowed,
                $"'{entry.Key.Value}' may appear only in the entry file, not in an included file (includes do not nest).",
                $"Move '{entry.Key.Value}' to the entry file {ManifestLoader.EntryFileName}.");
            return;
        }

        Add(entry);
    }

    private void Add(MapEntry entry)
    {
        var name = entry.Key.Value;
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            _diagnostics.Add(entry.Key.Location, ErrorCodes.UnknownKey, $"Unknown top-level section '{name}'.",
                NearestName.Hint(name, Names, "sections"));
            return;
        }

        if (_sections.TryGetValue(name, out var first))
        {
            _diagnostics.Add(entry.Key.Location, ErrorCodes.SectionInTwoFiles,
                $"Section '{name}' is already defined at {first.Key.Location}.",
                "Define each section in one file only; merge the two.");
            return;
        }

        _sections.Add(name, entry);
    }
}
