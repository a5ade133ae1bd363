using System.Text;
using NexusSim.Core.Briefs;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Hostile;

/// <summary>
/// Hostile briefs: anything but a regular file, control characters in the path, anchors and
/// aliases, alias bombs and deep nesting must each be one clear error naming the brief, never a
/// hang, a stack overflow, an out-of-memory or a quote of a file that was refused.
/// </summary>
public sealed class HostileBriefTests
{
    private static string ValidText => File.ReadAllText(RepoRoot.Combine("briefs", "default.yaml"));

    public static TheoryData<string> SpecialFiles => new() { "/dev/zero", "/dev/urandom", "/dev/null", "/proc/self/environ", "/proc/self/cmdline", "/sys/kernel/mm", "/tmp" };

    [Theory]
    [MemberData(nameof(SpecialFiles))]
    public void LoadFile_SpecialFile_RefusedAsNotARegularFile(string path)
    {
        var result = BriefLoader.LoadFile(path);

        Assert.Null(result.Brief);
        var error = Assert.Single(result.Errors);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Fifo_RefusedWithoutBlocking()
    {
        var directory = Directory.CreateTempSubdirectory("nexussim-brief-").FullName;
        var fifo = Path.Combine(directory, "brief.yaml");
        HostilePaths.MakeFifo(fifo);

        var result = BriefLoader.LoadFile(fifo);

        Assert.Contains("not a regular file", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_LinkToDevZero_RefusedAsNotARegularFile()
    {
        var directory = Directory.CreateTempSubdirectory("nexussim-brief-").FullName;
        var link = Path.Combine(directory, "brief.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = BriefLoader.LoadFile(link);

        Assert.Contains("not a regular file", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_LinkToARegularFile_Accepted()
    {
        var directory = Directory.CreateTempSubdirectory("nexussim-brief-").FullName;
        var link = Path.Combine(directory, "brief.yaml");
        File.CreateSymbolicLink(link, RepoRoot.Combine("briefs", "default.yaml"));

        var result = BriefLoader.LoadFile(link);

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("brief\0.yaml")]
    [InlineData("brief\u001b]0;pwned\u0007.yaml")]
    [InlineData("brief\r\n.yaml")]
    public void LoadFile_ControlCharacterInPath_ErrorNotException(string path)
    {
        var result = BriefLoader.LoadFile(path);

        var error = Assert.Single(result.Errors);
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', error.ToString()!);
    }

    [Fact]
    public void LoadFile_OverTheLimitAndUnreadable_RefusedBeforeReading()
    {
        var directory = Directory.CreateTempSubdirectory("nexussim-brief-").FullName;
        var path = Path.Combine(directory, "big.yaml");
        File.WriteAllText(path, HostilePaths.Secret + new string('#', BriefLoader.MaxBytes));

        var result = BriefLoader.LoadFile(path);

        var error = Assert.Single(result.Errors);
        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(HostilePaths.Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_NotUtf8_ClearErrorWithoutContent()
    {
        var directory = Directory.CreateTempSubdirectory("nexussim-brief-").FullName;
        var path = Path.Combine(directory, "latin1.yaml");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("client: Caf"), 0xE9, 0xFF, 0xFE]);

        var result = BriefLoader.LoadFile(path);

        Assert.Contains("UTF-8", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RefusedYaml => new()
    {
        { "anchor on a value", "client: &c Acme\nindustry: Banking\n" },
        { "alias to a value", "client: &c Acme\nindustry: *c\n" },
        { "anchor on a list", "constraints: &l\n  - a\n" },
        { "merge key", "base: &b {client: x}\n<<: *b\n" },
        { "alias bomb", AliasBomb(3000) },
        { "31,000 nested [", "client: " + new string('[', 31_000) },
        { "31,000 nested {", "client: " + new string('{', 31_000) },
        { "nested block lists", "constraints:\n" + string.Concat(Enumerable.Range(1, 12).Select(i => new string(' ', i * 2) + "-\n")) },
        { "nested maps", string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + "k:\n")) },
    };

    [Theory]
    [MemberData(nameof(RefusedYaml))]
    public void Load_RefusedYaml_OneLocatedErrorNoCrash(string what, string text)
    {
        var result = BriefLoader.Load(text, "hostile.yaml");

        Assert.Null(result.Brief);
        Assert.True(result.Errors.Count >= 1, what);
        Assert.All(result.Errors, e => Assert.Equal("hostile.yaml", e.File));
    }

    [Theory]
    [InlineData("client: &c Acme\n", "Anchor '&c'")]
    [InlineData("industry: *c\n", "Alias '*c'")]
    public void Load_AnchorOrAlias_NamedInTheError(string text, string expected)
    {
        var result = BriefLoader.Load(text, "hostile.yaml");

        Assert.Contains(expected, result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeepNesting_ErrorSaysTooDeep()
    {
        var result = BriefLoader.Load("client: " + new string('[', 31_000), "hostile.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Contains("nests deeper", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Load_ShippedBriefWithConstraintsList_StillAccepted()
    {
        var result = BriefLoader.Load(ValidText, "default.yaml");

        Assert.Empty(result.Errors);
    }

    private static string AliasBomb(int references)
    {
        var text = new StringBuilder("a: &a \"" + new string('x', 1000) + "\"\nclient: [");
        text.AppendJoin(',', Enumerable.Repeat("*a", references));
        return text.Append("]\n").ToString();
    }
}
