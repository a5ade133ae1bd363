namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>A sequence.</summary>
internal sealed class ListNode(IReadOnlyList<ManifestNode> items, SourceLocation location) : ManifestNode(location)
{
    public IReadOnlyList<ManifestNode> Items { get; } = items;

    public override string Describe() => "a list";
}
