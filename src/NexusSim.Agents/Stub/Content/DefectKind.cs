namespace NexusSim.Agents.Stub.Content;

/// <summary>The defects a stub draft can carry, each caught by one deterministic check.</summary>
public enum DefectKind
{
    /// <summary>A required section is left out (caught by the structure check).</summary>
    MissingSection,

    /// <summary>A sentence with a figure carries no source (caught by the evidence check).</summary>
    UnsourcedNumber,

    /// <summary>A banned consulting cliché is used (caught by the voice check).</summary>
    Cliche,

    /// <summary>A glossary term's variant is used instead of the term (caught by the consistency check).</summary>
    InconsistentTerm,

    /// <summary>
    /// The draft was written without facts its author needed, cut from its context by a context budget
    /// (the <c>context_overflow</c> scenario): it states a guessed figure where the brief's belongs
    /// (caught, when cited to the brief, by the analytics check).
    /// </summary>
    MissingContext,
}
