namespace NexusSim.Agents.Stub.Content;

/// <summary>One <c># kind: name</c> block of a content file: its attributes and its variants.</summary>
internal sealed record ContentBlock(
    string Kind,
    string Name,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<ContentVariant> Variants,
    string FilePath,
    int Line)
{
    public string Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : string.Empty;

    public IReadOnlyList<string> ListAttribute(string key) =>
        Attribute(key).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
