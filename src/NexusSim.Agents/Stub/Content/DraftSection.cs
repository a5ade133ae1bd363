namespace NexusSim.Agents.Stub.Content;

/// <summary>A <c>##</c> section of a draft being written or repaired.</summary>
internal sealed class DraftSection(string heading, IEnumerable<string> lines)
{
    public string Heading { get; } = heading;

    public List<string> Lines { get; } = [.. lines];

    public string Normalized => DraftDocument.Normalize(Heading);

    public bool IsSources => Normalized == DraftDocument.Normalize(DraftDocument.SourcesHeading);

    public bool IsEmpty => Lines.All(string.IsNullOrWhiteSpace);
}
