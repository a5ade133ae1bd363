namespace NexusSim.Core.Manifest;

/// <summary>The outcome of loading a manifest: the manifest, or every error found.</summary>
public sealed record ManifestLoadResult(FirmManifest? Manifest, IReadOnlyList<ManifestError> Errors)
{
    /// <summary>True when the manifest loaded with no error.</summary>
    public bool IsValid => Manifest is not null && Errors.Count == 0;
}
