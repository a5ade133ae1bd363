using NexusSim.Core.Files;

namespace NexusSim.Core.Tests.Hostile;

/// <summary>The one safe-file reader every loader uses: what it refuses, before reading, and what it never echoes.</summary>
public sealed class SafeFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nexussim-safe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadText_RegularFileInside_ReadsWithoutBom()
    {
        var path = Write("a.md", "\uFEFFhello");

        var read = SafeFileReader.ReadText(path, _folder, 100);

        Assert.Equal("hello", read.Text);
    }

    [Theory]
    [InlineData("/dev/zero", SafeFileProblem.NotRegularFile)]
    [InlineData("/proc/self/environ", SafeFileProblem.NotRegularFile)]
    [InlineData("/proc/self/status", SafeFileProblem.NotRegularFile)]
    [InlineData("/dev/stdin", SafeFileProblem.NotRegularFile)]
    [InlineData("/no/such/file", SafeFileProblem.Missing)]
    [InlineData("", SafeFileProblem.InvalidPath)]
    [InlineData("a\0b", SafeFileProblem.InvalidPath)]
    public void ReadText_NoFolder_RefusesSpecialPaths(string path, SafeFileProblem expected)
    {
        var read = SafeFileReader.ReadText(path, folder: null, 1024);

        Assert.Equal(expected, read.Problem);
        Assert.Null(read.Text);
    }

    [Fact]
    public void ReadText_LinkToFileOutside_RefusedWithoutQuotingIt()
    {
        var link = Path.Combine(_folder, "glossary.yaml");
        File.CreateSymbolicLink(link, HostilePaths.OutsideSecretFile());

        var read = SafeFileReader.ReadText(link, _folder, 1024);

        Assert.Equal(SafeFileProblem.OutsideFolder, read.Problem);
        Assert.DoesNotContain(HostilePaths.Secret, read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_PathClimbingOutWithDots_Refused()
    {
        var read = SafeFileReader.ReadText(Path.Combine(_folder, "..", "..", "etc", "hostname"), _folder, 1024);

        Assert.Equal(SafeFileProblem.OutsideFolder, read.Problem);
    }

    [Fact]
    public void ReadText_SiblingFolderSharingThePrefix_Refused()
    {
        var sibling = _folder + "-evil";
        Directory.CreateDirectory(sibling);
        File.WriteAllText(Path.Combine(sibling, "x.md"), "x");

        var read = SafeFileReader.ReadText(Path.Combine(sibling, "x.md"), _folder, 1024);

        Directory.Delete(sibling, recursive: true);
        Assert.Equal(SafeFileProblem.OutsideFolder, read.Problem);
    }

    [Fact]
    public void ReadText_OverTheLimit_RefusedAsTooLarge()
    {
        var path = Write("big.md", new string('x', 2000));

        var read = SafeFileReader.ReadText(path, _folder, 1000);

        Assert.Equal(SafeFileProblem.TooLarge, read.Problem);
    }

    [Fact]
    public void ReadText_InvalidUtf8_RefusedAsNotUtf8()
    {
        var path = Path.Combine(_folder, "bad.md");
        File.WriteAllBytes(path, [0x61, 0xC3, 0x28]);

        var read = SafeFileReader.ReadText(path, _folder, 1000);

        Assert.Equal(SafeFileProblem.NotUtf8, read.Problem);
    }

    [Fact]
    public void ReadText_Fifo_RefusedWithoutBlocking()
    {
        var fifo = Path.Combine(_folder, "pipe.md");
        HostilePaths.MakeFifo(fifo);

        var read = SafeFileReader.ReadText(fifo, _folder, 1000);

        Assert.Equal(SafeFileProblem.NotRegularFile, read.Problem);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
