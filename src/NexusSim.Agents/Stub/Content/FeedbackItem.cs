namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// One issue as the stub reads it from the feedback written into its prompt. The stub keeps its
/// own reading of that text (it never uses the gates' code): <see cref="Label"/> is the bracketed
/// word that opens the line (<c>structure</c>, <c>consistency</c>, <c>voice</c>, <c>evidence</c>,
/// or anything else for a reviewer's note).
/// </summary>
/// <param name="Label">The bracketed label, lower case.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Target">The quoted text the issue is about, when there is one.</param>
public sealed record FeedbackItem(string Label, string Message, string? Target)
{
    /// <summary>The label of a structure issue (missing, empty, duplicated or misplaced sections).</summary>
    public const string Structure = "structure";

    /// <summary>The label of a consistency issue (glossary variants, drifted key facts).</summary>
    public const string Consistency = "consistency";

    /// <summary>The label of a house-voice issue (banned phrases).</summary>
    public const string Voice = "voice";

    /// <summary>The label of an evidence issue (unsourced figures, citations to missing sources).</summary>
    public const string Evidence = "evidence";

    /// <summary>The label of a reviewer's own note (no deterministic check raised it).</summary>
    public const string Review = "review";

    /// <summary>True when the item carries <paramref name="label"/>.</summary>
    public bool Is(string label) => string.Equals(Label, label, StringComparison.Ordinal);
}
