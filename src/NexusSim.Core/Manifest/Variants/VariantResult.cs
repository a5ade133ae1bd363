namespace NexusSim.Core.Manifest.Variants;

/// <summary>A governance variant, or every error found applying it.</summary>
/// <param name="Variant">The variant; null when there are errors.</param>
/// <param name="Errors">Each error with the overlay file and line (or the --set pair), the problem and the fix.</param>
public sealed record VariantResult(GovernanceVariant? Variant, IReadOnlyList<ManifestError> Errors)
{
    /// <summary>True when the variant applied cleanly.</summary>
    public bool IsValid => Errors.Count == 0 && Variant is not null;
}
