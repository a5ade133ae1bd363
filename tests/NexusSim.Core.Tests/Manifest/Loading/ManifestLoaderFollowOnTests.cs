using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>An included file that cannot be read reports its own error, not the dangling references it causes.</summary>
public sealed class ManifestLoaderFollowOnTests
{
    private const string Delivery = ValidManifest.DeliveryFile;

    [Fact]
    public void Load_SyntaxErrorInIncludedFile_ReportsOnlyTheSyntaxError()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "\ngates:\n", "\ngates: [unclosed\n");

        var result = workspace.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(Delivery, error.Location.File);
    }

    [Fact]
    public void Load_IncludedFileMissing_ReportsOnlyTheMissingFile()
    {
        using var workspace = ManifestWorkspace.Valid().Delete(Delivery);

        var result = workspace.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.IncludeMissing, error.Code);
    }

    [Fact]
    public void Load_ReadableFilesWithAMissingSection_StillReportsTheMissingSection()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("handoff_fields: [goal, context, done_criteria]\n", string.Empty);

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.MissingKey, ValidManifest.EntryFile, 1, "The manifest has no 'handoff_fields' section.");
    }
}
