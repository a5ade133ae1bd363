using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Hostile;

/// <summary>
/// Hostile files in a manifest folder: links out, FIFOs, devices, pseudo-files, directories and
/// control characters in paths must each be a located error (never a hang, an exception or a read
/// of the file), and no error may quote what it refused.
/// </summary>
public sealed class HostileManifestFileTests
{
    private const string Identity = "identities/lead.md";

    public static TheoryData<string, string> IdentityLinkTargets => new()
    {
        { "/proc/self/environ", ErrorCodes.PathEscapes },
        { "/etc/hostname", ErrorCodes.PathEscapes },
        { "/etc/passwd", ErrorCodes.PathEscapes },
        { "/dev/zero", ErrorCodes.PathEscapes },
        { "/dev/urandom", ErrorCodes.PathEscapes },
        { "/proc/self/cmdline", ErrorCodes.PathEscapes },
    };

    [Theory]
    [MemberData(nameof(IdentityLinkTargets))]
    public void Load_IdentityLinkedOutside_RefusedAsPathEscape(string target, string code)
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(Identity);
        File.CreateSymbolicLink(workspace.PathOf(Identity), target);

        var result = workspace.Load();

        Assert.Null(result.Manifest);
        Assert.Contains(result.Errors, e => e.Code == code && e.Message.Contains("outside the manifest directory", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IdentityLinkedToSecretFile_ErrorNeverQuotesTheFile()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(Identity);
        File.CreateSymbolicLink(workspace.PathOf(Identity), HostilePaths.OutsideSecretFile());

        var result = workspace.Load();

        Assert.Null(result.Manifest);
        Assert.DoesNotContain(result.Errors, e => e.ToString()!.Contains(HostilePaths.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IncludeLinkedToSecretYaml_RefusedWithoutQuotingIt()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(ValidManifest.DeliveryFile);
        File.CreateSymbolicLink(workspace.PathOf(ValidManifest.DeliveryFile), HostilePaths.OutsideSecretFile());

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.PathEscapes);
        Assert.DoesNotContain(result.Errors, e => (e.Message + e.Fix).Contains(HostilePaths.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IdentityInALinkedFolderOutside_RefusedAsPathEscape()
    {
        using var workspace = ManifestWorkspace.Valid();
        var outside = Directory.CreateTempSubdirectory("nexussim-outside-").FullName;
        File.WriteAllText(Path.Combine(outside, "lead.md"), "You are the lead.");
        Directory.Delete(workspace.PathOf("identities"), recursive: true);
        Directory.CreateSymbolicLink(workspace.PathOf("identities"), outside);

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.PathEscapes);
    }

    [Fact]
    public void Load_IdentityLinkedInsideTheFolder_Accepted()
    {
        using var workspace = ManifestWorkspace.Valid();
        var text = File.ReadAllText(workspace.PathOf(Identity));
        workspace.Write("identities/real-lead.md", text).Delete(Identity);
        File.CreateSymbolicLink(workspace.PathOf(Identity), "real-lead.md");

        var result = workspace.Load();

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_IdentityIsAFifo_RefusedWithoutBlocking()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(Identity);
        HostilePaths.MakeFifo(workspace.PathOf(Identity));

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.NotRegularFile && e.Message.Contains(Identity, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IncludeIsAFifo_RefusedWithoutBlocking()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(ValidManifest.DeliveryFile);
        HostilePaths.MakeFifo(workspace.PathOf(ValidManifest.DeliveryFile));

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.NotRegularFile);
    }

    [Fact]
    public void Load_IdentityIsADirectory_RefusedAsNotRegularFile()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(Identity);
        Directory.CreateDirectory(workspace.PathOf(Identity));

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.NotRegularFile);
    }

    [Fact]
    public void Load_EntryFileIsAFifo_RefusedWithoutBlocking()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(ValidManifest.EntryFile);
        HostilePaths.MakeFifo(workspace.PathOf(ValidManifest.EntryFile));

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.NotRegularFile);
    }

    [Fact]
    public void Load_IdentityLinkLoop_RefusedWithoutException()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Delete(Identity);
        File.CreateSymbolicLink(workspace.PathOf(Identity), "loop.md");
        File.CreateSymbolicLink(workspace.PathOf("identities/loop.md"), "lead.md");

        var result = workspace.Load();

        Assert.Null(result.Manifest);
        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData("identities/le\0ad.md")]
    [InlineData("identities/lead\u001b[2J.md")]
    [InlineData("identities/lead\n.md")]
    public void Load_ControlCharacterInIdentityPath_ErrorNotException(string written)
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Replace($"identity: {Identity}", $"identity: \"{Escape(written)}\"");

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.PathEscapes && e.Message.Contains("control character", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NulInIncludePath_ErrorNotException()
    {
        using var workspace = ManifestWorkspace.Valid();
        workspace.Replace($"- {ValidManifest.DeliveryFile}", "- \"deli\\0very.yaml\"");

        var result = workspace.Load();

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.PathEscapes);
    }

    [Fact]
    public void Load_NulInManifestPath_ErrorNotException()
    {
        var result = ManifestLoader.Load("agents\0/manifest.yaml");

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.FileNotFound && e.Message.Contains("control character", StringComparison.Ordinal));
    }

    private static string Escape(string text) =>
        text.Replace("\0", "\\0", StringComparison.Ordinal).Replace("\u001b", "\\e", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
