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
}
