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

    /// <summary>
    /// Analytical integrity (G1-style): derived figures recompute from their stated parts (an average
    /// from the scores it averages, a total from its lines, NPV, IRR and payback from investment,
    /// benefit and discount rate) and each citation's source supports the figure it is cited for.
    /// </summary>
    Analytics,
}
