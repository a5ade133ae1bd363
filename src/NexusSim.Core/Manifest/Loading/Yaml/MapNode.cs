namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>A mapping; keys are unique (the builder reports and drops duplicates).</summary>
internal sealed class MapNode(IReadOnlyList<MapEntry> entries, SourceLocation location) : ManifestNode(location)
{
    public IReadOnlyList<MapEntry> Entries { get; } = entries;

    public override string Describe() => "a map";
}
