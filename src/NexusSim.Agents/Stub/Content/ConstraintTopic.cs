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
}
