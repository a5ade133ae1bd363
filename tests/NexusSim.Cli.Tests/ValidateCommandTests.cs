using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_NoPath_ValidatesShippedManifestAndShowsEveryActor()
    {
        var console = new TestConsole();
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;

        var exit = await CliApplication.RunAsync(["validate"], console.Console);

        Assert.Equal(0, exit);
        Assert.Contains("Manifest OK", console.Output, StringComparison.Ordinal);
        Assert.All(manifest.Actors, actor => Assert.Contains(actor.Id, console.Output, StringComparison.Ordinal));
        Assert.All(manifest.Gates, gate => Assert.Contains(gate.Id, console.Output, StringComparison.Ordinal));
        Assert.All(manifest.ServiceLines, line => Assert.Contains(line.Id, console.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_NoManifestThere_CountsItsOneErrorInTheSingular()
    {
        using var temp = new TempDirectory();
        var nowhere = temp.Combine("nowhere");
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", nowhere], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains($"1 error in {nowhere}; nothing was run.", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error(s)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoManifestThere_CountsItsOneErrorInTheSingular()
    {
        using var temp = new TempDirectory();
        var nowhere = temp.Combine("nowhere");

        var result = await CliRunner.RunAsync("run", "--manifest", nowhere, "--out", temp.Combine("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The manifest '{nowhere}' has 1 error, printed with its file, line and fix; run 'nexussim validate' on it after fixing it.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FiveAgentFirm_ExitsZeroAndShowsItsFirm()
    {
        var console = new TestConsole();
        var manifest = ManifestLoader.Load(Paths.FiveAgentFirm).Manifest!;

        var exit = await CliApplication.RunAsync(["validate", Paths.FiveAgentFirm], console.Console);

        Assert.Equal(0, exit);
        Assert.Equal(5, manifest.Agents.Count());
        Assert.Contains(manifest.Firm.Name, console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenManifest_ExitsTwoNamingFileAndLine()
    {
        using var temp = new TempDirectory();
        var dir = temp.Path;
        var entry = FirmCopy.Create(Paths.FiveAgentFirm, dir);
        var lines = File.ReadAllLines(entry).ToList();
        var firmLine = lines.FindIndex(l => l.StartsWith("firm:", StringComparison.Ordinal));
        lines.Insert(firmLine + 1, "  colour: blue");
        File.WriteAllLines(entry, lines);
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", dir], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains($"manifest.yaml:{firmLine + 2}:", console.Output, StringComparison.Ordinal);
        Assert.Contains("colour", console.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was run", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingDirectory_ExitsTwoWithTheProblem()
    {
        var console = new TestConsole();
        using var temp = new TempDirectory();
        var missing = temp.Combine("nope");

        var exit = await CliApplication.RunAsync(["validate", missing], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("nope", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownVerb_ExitsTwoWithUsageHint()
    {
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["frobnicate"], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("frobnicate", console.Output, StringComparison.Ordinal);
        Assert.Contains("--help", console.Output, StringComparison.Ordinal);
    }
}
