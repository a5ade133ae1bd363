using System.Text;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>Encodings and line endings: line numbers stay right, a BOM is harmless, non-UTF-8 is refused.</summary>
public sealed class ManifestLoaderEncodingTests
{
    private const string Entry = ValidManifest.EntryFile;

    [Fact]
    public void Load_CrlfLineEndings_ReportsTheSameLine()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("weeks: 4", "weeks: 4.5");
        var line = workspace.LineOf("weeks: 4.5");
        workspace.Write(Entry, File.ReadAllText(workspace.PathOf(Entry)).Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.BadInteger, Entry, line, "service_lines[0].weeks: '4.5' is not a plain decimal integer.");
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_LoadsAndHashesAsWithout()
    {
        using var plain = ManifestWorkspace.Valid();
        using var withBom = ManifestWorkspace.Valid();
        withBom.WriteBytes(Entry, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ValidManifest.Entry)]);

        var result = withBom.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
        Assert.Equal(plain.Load().Manifest!.ContentHash, result.Manifest!.ContentHash);
    }

    [Fact]
    public void Load_IdentityFileNotUtf8_ReportsNotUtf8AtTheIdentityKey()
    {
        using var workspace = ManifestWorkspace.Valid().WriteBytes("identities/lead.md", [0x48, 0xC3, 0x28, 0x0A]);

        var result = workspace.Load();

        ManifestAssert.OnlyError(result, ErrorCodes.NotUtf8, Entry, workspace.LineOf("identities/lead.md"),
            "'identities/lead.md' is not valid UTF-8 text");
    }
}
