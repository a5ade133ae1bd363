namespace NexusSim.Core.Manifest;

/// <summary>Deterministic checks a gate runs before its reviewer.</summary>
public enum CheckKind
{
    /// <summary>Every required section of the deliverable type is present.</summary>
    Structure,

    /// <summary>Every number and claim cites a source.</summary>
    Evidence,

    /// <summary>Terms agree with the glossary and with earlier deliverables.</summary>
    Consistency,

    /// <summary>House rules: no banned phrases, no undefined jargon.</summary>
    Voice,
}
