using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>Included files: inside the directory, present, listed once, each section in one file.</summary>
public sealed class ManifestLoaderIncludeTests
{
    private const string Entry = ValidManifest.EntryFile;
    private const string Delivery = ValidManifest.DeliveryFile;

    [Fact]
    public void Load_IncludePathEscapingTheDirectory_ReportsPathEscapes()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - delivery.yaml", "  - ../delivery.yaml");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.PathEscapes, Entry, workspace.LineOf("../delivery.yaml"),
            "The include path '../delivery.yaml' leads outside the manifest directory.");
    }

    [Fact]
    public void Load_AbsoluteIncludePath_ReportsPathEscapes()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere.yaml");
        using var workspace = ManifestWorkspace.Valid().Replace("  - delivery.yaml", $"  - \"{absolute}\"");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.PathEscapes, Entry, workspace.LineOf("elsewhere.yaml"),
            $"The include path '{absolute}' leads outside the manifest directory.");
    }

    [Fact]
    public void Load_IncludeOfMissingFile_ReportsIncludeMissing()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - delivery.yaml", "  - deliveries.yaml");

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.IncludeMissing, Entry, workspace.LineOf("deliveries.yaml"),
            "The included file 'deliveries.yaml' does not exist.");
    }

    [Fact]
    public void Load_IncludedFileOverOneMiB_ReportsFileTooLargeAtTheInclude()
    {
        using var workspace = ManifestWorkspace.Valid().Write(Delivery, new string('#', (int)ManifestLoader.MaxFileBytes + 1));

        var result = workspace.Load();

        ManifestAssert.HasError(result, ErrorCodes.FileTooLarge, Entry, workspace.LineOf("- delivery.yaml"),
            "The included file 'delivery.yaml' is 1048577 bytes; the limit is 1048576 bytes (1 MiB).");
    }

    [Fact]
    public void Load_SectionDefinedInTwoFiles_ReportsTheSecondFile()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "deliverable_types:\n", "handoff_fields: [goal]\ndeliverable_types:\n");

        var result = workspace.Load();

        var first = workspace.LineOf("handoff_fields:");
        ManifestAssert.OnlyError(result, ErrorCodes.SectionInTwoFiles, Delivery, 1,
            $"Section 'handoff_fields' is already defined at manifest.yaml:{first}:1.");
    }

    [Fact]
    public void Load_IncludeInIncludedFile_ReportsIncludeNotAllowed()
    {
        using var workspace = ManifestWorkspace.Valid()
            .Replace(Delivery, "deliverable_types:\n", "include: [more.yaml]\ndeliverable_types:\n")
            .Write("more.yaml", "glossary: []\n");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IncludeNotAllowed, Delivery, 1,
            "'include' may appear only in the entry file, not in an included file");
    }

    [Fact]
    public void Load_IncludeOfTheEntryFile_ReportsIncludeCycle()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - delivery.yaml", "  - delivery.yaml\n  - ./manifest.yaml");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IncludeNotAllowed, Entry, workspace.LineOf("./manifest.yaml"),
            "Include './manifest.yaml' names the entry file itself (an include cycle).");
    }

    [Fact]
    public void Load_SameFileIncludedTwice_ReportsTheSecondInclude()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("  - delivery.yaml", "  - delivery.yaml\n  - ./delivery.yaml");

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.IncludeNotAllowed, Entry, workspace.LineOf("./delivery.yaml"),
            "Include './delivery.yaml' names a file already included.");
    }
}
