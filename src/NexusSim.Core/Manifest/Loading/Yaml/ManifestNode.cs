namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>A YAML node with the place it was read from.</summary>
internal abstract class ManifestNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>How the node reads in an error message ("a list", "a map", "the text 'x'").</summary>
    public abstract string Describe();
}
