namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>A mapping; keys are unique (the builder reports and drops duplicates).</summary>
internal sealed class MapNode(IReadOnlyList<MapEntry> entries, SourceLocation location, bool isFlow = false)
    : ManifestNode(location)
{
    public IReadOnlyList<MapEntry> Entries { get; } = entries;

    /// <summary>True when written inline as <c>{ key: value, ... }</c>, where a comma starts a new entry.</summary>
    public bool IsFlow { get; } = isFlow;

    public override string Describe() => "a map";
}
