namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The phrasings of one section, matched by normalized heading, alias or keyword. A template with
/// <see cref="ServiceLines"/> (words of service-line names, the <c>service-lines:</c> attribute) is written
/// for the deliverables of those lines only, and is tried before the others for them: a heading two
/// service lines share (a pilot's Resources, a roadmap's Resources) reads as each line's own.
/// </summary>
internal sealed record SectionTemplate(
    string Heading,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<ContentVariant> Variants)
{
    /// <summary>The fallback section's name.</summary>
    public const string Generic = "*";

    /// <summary>The attribute naming the service lines a section is written for.</summary>
    public const string ServiceLinesKey = ServiceLineWords.Key;

    /// <summary>Words of the service-line names this section is written for; empty: any line.</summary>
    public IReadOnlyList<string> ServiceLines { get; init; } = [];

    /// <summary>Whether this section is written for the line named <paramref name="serviceLineName"/> alone (false when it names no line).</summary>
    public bool IsFor(string? serviceLineName) => ServiceLines.Count > 0 && serviceLineName is not null && ServiceLineWords.Fit(ServiceLines, serviceLineName);
}
