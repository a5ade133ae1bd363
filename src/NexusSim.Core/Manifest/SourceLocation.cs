namespace NexusSim.Core.Manifest;

/// <summary>Where an element was read from: the file and its 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for elements that were not read from a file.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
