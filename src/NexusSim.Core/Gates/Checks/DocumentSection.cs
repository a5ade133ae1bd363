namespace NexusSim.Core.Gates;

/// <summary>A <c>##</c> section of a deliverable: its heading and the body lines under it.</summary>
internal sealed record DocumentSection(string Heading, int HeadingLine, IReadOnlyList<string> Lines)
{
    /// <summary>True when the body has no text at all.</summary>
    public bool IsEmpty => Lines.All(string.IsNullOrWhiteSpace);
}
