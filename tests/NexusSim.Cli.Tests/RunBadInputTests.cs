using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests;

/// <summary>Bad input to `run`: exit 2, a message naming what is wrong, and nothing written.</summary>
public sealed class RunBadInputTests : IDisposable
{
    private readonly string _work = Paths.NewTempDirectory();

    private string Out => Path.Combine(_work, "out");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Run_BriefWithYamlError_ExitsTwoNamingTheFile()
    {
        var brief = Write("bad.yaml", "client: [unclosed\n");

        var (exit, output) = await RunOutputs.RunAsync("run", "--brief", brief, "--out", Out);

        AssertRefused(exit);
        Assert.Contains("bad.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BriefMissingAField_ExitsTwoNamingTheField()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "briefs", "default.yaml"));
        var brief = Write("missing.yaml", string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("budget_usd", StringComparison.Ordinal))));

        var (exit, output) = await RunOutputs.RunAsync("run", "--brief", brief, "--out", Out);

        AssertRefused(exit);
        Assert.Contains("budget_usd", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BriefOver64Kilobytes_ExitsTwo()
    {
        var brief = Write("huge.yaml", "client: x\n# " + new string('x', 70 * 1024) + "\n");

        var (exit, output) = await RunOutputs.RunAsync("run", "--brief", brief, "--out", Out);

        AssertRefused(exit);
        Assert.Contains("huge.yaml", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--service-line", "no_such_line", "--service-line")]
    [InlineData("--protocol", "no_such_protocol", "--protocol")]
    [InlineData("--run-id", "../escape", "--run-id")]
    [InlineData("--approver", "nobody", "nobody")]
    [InlineData("--seed", "minus-one", "minus-one")]
    public async Task Run_BadOption_ExitsTwoNamingIt(string option, string value, string named)
    {
        var (exit, output) = await RunOutputs.RunAsync("run", option, value, "--out", Out);

        AssertRefused(exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnwritableOut_ExitsTwoNamingTheDirectory()
    {
        var file = Write("a-file", "not a directory");

        var (exit, output) = await RunOutputs.RunAsync("run", "--out", Path.Combine(file, "out"));

        Assert.Equal(2, exit);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BrokenManifest_ExitsTwoWithFileAndLine()
    {
        var manifest = Write("manifest.yaml", "schema_version: 1\nfirm: {id: x, name: X, description: y}\nunknown_section: 1\n");

        var (exit, output) = await RunOutputs.RunAsync("run", "--manifest", manifest, "--out", Out);

        AssertRefused(exit);
        Assert.Contains("manifest.yaml:", output, StringComparison.Ordinal);
    }

    private void AssertRefused(int exit)
    {
        Assert.Equal(2, exit);
        Assert.True(!Directory.Exists(Out) || !Directory.EnumerateFileSystemEntries(Out).Any(), "nothing may be written for bad input");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllText(path, text);
        return path;
    }
}
