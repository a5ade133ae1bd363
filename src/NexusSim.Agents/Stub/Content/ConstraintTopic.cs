namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A <c># constraint: &lt;topic&gt;</c> block: the words that put a brief constraint under this
/// topic, the heading words of the sections where such a constraint matters, and the sentences that
/// address it there (<c>{constraint_said}</c> is the constraint restated).
/// </summary>
internal sealed record ConstraintTopic(
    string Name,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Headings,
    IReadOnlyList<ContentVariant> Variants,
    string FilePath,
    int Line)
{
    /// <summary>The topic a constraint falls under when no other topic's keywords match.</summary>
    public const string Fallback = "*";

    /// <summary>Each keyword as a <see cref="SectionMatcher.Key"/> between spaces, for a whole-word search (keyed once, not per section drawn).</summary>
    public IReadOnlyList<string> KeywordKeys { get; } = Padded(Keywords);

    /// <summary>Each heading word as a <see cref="SectionMatcher.Key"/> between spaces, for a whole-word search.</summary>
    public IReadOnlyList<string> HeadingKeys { get; } = Padded(Headings);

    private static string[] Padded(IReadOnlyList<string> words) => [.. words.Select(w => " " + SectionMatcher.Key(w) + " ")];
}
