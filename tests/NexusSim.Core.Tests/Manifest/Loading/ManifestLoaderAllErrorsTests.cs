using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>A load reports every error it finds, in file order, not only the first.</summary>
public sealed class ManifestLoaderAllErrorsTests
{
    [Fact]
    public void Load_ThreeIndependentErrors_ReportsAllThreeInFileOrder()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace(ValidManifest.DeliveryFile, "owners: [editor]", "owners: [editer]")
            .Replace("max_amount_usd: 250000", "max_amount_usd: \"250000\"")
            .Replace("    reports_to: principal", "    reprots_to: principal");

        var result = workspace.Load();

        Assert.Null(result.Manifest);
        Assert.Equal(
            [
                (ErrorCodes.UnknownKey, ValidManifest.EntryFile, workspace.LineOf("reprots_to")),
                (ErrorCodes.BadInteger, ValidManifest.EntryFile, workspace.LineOf("\"250000\"")),
                (ErrorCodes.DanglingReference, ValidManifest.DeliveryFile, workspace.LineOf(ValidManifest.DeliveryFile, "editer")),
            ],
            result.Errors.Select(e => (e.Code, e.Location.File, e.Location.Line)));
    }

    [Fact]
    public void Load_ErrorsInBothFiles_NoManifestIsProduced()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace("weeks: 4", "weeks: four")
            .Replace(ValidManifest.DeliveryFile, "client_facing: true", "client_facing: True");

        var result = workspace.Load();

        Assert.False(result.IsValid);
        Assert.Null(result.Manifest);
        Assert.Equal([ErrorCodes.BadInteger, ErrorCodes.BadBoolean], result.Errors.Select(e => e.Code));
    }
}
