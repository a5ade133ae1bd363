namespace NexusSim.Core.Manifest.Loading;

/// <summary>What the section mappers share: the strict value reader, the files and the draft they fill.</summary>
internal sealed record MappingContext(ValueReader Values, ManifestFiles Files, ManifestDraft Draft)
{
    public ManifestDiagnostics Diagnostics => Values.Diagnostics;

    public LocationIndex Locations => Draft.Locations;
}
