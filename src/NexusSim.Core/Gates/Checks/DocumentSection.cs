namespace NexusSim.Core.Gates;

/// <summary>A <c>##</c> section of a deliverable: its heading and the body lines under it.</summary>
internal sealed record DocumentSection(string Heading, int HeadingLine, IReadOnlyList<string> Lines)
{
    /// <summary>True when the body has no text at all.</summary>
    public bool IsEmpty => Lines.All(string.IsNullOrWhiteSpace);

    /// <summary>The heading (without its <c>##</c>) and the lines, joined by line feeds.</summary>
    public string Text => string.Join('\n', Lines.Prepend(Heading));
}
