namespace NexusSim.Agents.Stub.Content;

/// <summary>The phrasings of one section, matched by normalized heading, alias or keyword.</summary>
internal sealed record SectionTemplate(
    string Heading,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<ContentVariant> Variants)
{
    /// <summary>The fallback section's name.</summary>
    public const string Generic = "*";
}
