using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests;

/// <summary><c>validate --protocol</c> says whether a firm can run a protocol and, if not, what it lacks.</summary>
public sealed class ValidateProtocolTests
{
    // The sample firm's name, read from its manifest rather than written here.
    private static string FirmName => NexusSim.Core.Manifest.ManifestLoader.Load(Paths.FiveAgentFirm).Manifest!.Firm.Name;

    [Theory]
    [InlineData("chain")]
    [InlineData("parallel")]
    [InlineData("hierarchical")]
    [InlineData("debate")]
    [InlineData("broadcast")]
    public async Task ValidateProtocol_FiveAgentFirm_ExitsZeroSayingItHasWhatItNeeds(string protocol)
    {
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", Paths.FiveAgentFirm, "--protocol", protocol], console.Console);

        Assert.Equal(0, exit);
        Assert.Contains($"protocol {protocol}: {FirmName} has what it needs.", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateProtocol_DebateWithoutStandingPairs_ExitsTwoNamingWhatToAdd()
    {
        using var temp = new TempDirectory();
        var entry = FirmCopy.Create(Paths.FiveAgentFirm, temp.Path);
        var lines = File.ReadAllLines(entry).ToList();
        var start = lines.FindIndex(l => l.StartsWith("standing_pairs:", StringComparison.Ordinal));
        lines.RemoveRange(start + 1, lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Count());
        lines[start] = "standing_pairs: []";
        File.WriteAllLines(entry, lines);
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", temp.Path, "--protocol", "debate"], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("error: protocol debate: ", console.Output, StringComparison.Ordinal);
        Assert.Contains($"with another agent; {FirmName} has none.", console.Output, StringComparison.Ordinal);
        Assert.Contains("standing_pairs", console.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was run", console.Output, StringComparison.Ordinal);
        // A firm that cannot run the protocol is not shown as "Manifest OK" with its tables first.
        Assert.DoesNotContain("Manifest OK", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateProtocol_Unknown_ExitsTwoListingTheAvailable()
    {
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", Paths.FiveAgentFirm, "--protocol", "swarm"], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("error: --protocol: unknown protocol 'swarm'.", console.Output, StringComparison.Ordinal);
        Assert.Contains("hierarchical", console.Output, StringComparison.Ordinal);
        // A bad argument is said first and alone: no firm tables, no "Manifest OK" before the error.
        Assert.DoesNotContain("Manifest OK", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateProtocol_Misspelled_ErrorSuggestsTheProtocol()
    {
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", Paths.FiveAgentFirm, "--protocol", "hierarchcial"], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("error: --protocol: unknown protocol 'hierarchcial'. Did you mean 'hierarchical'? Give one of: ", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DebateOnFirmWithoutPairs_ExitsTwoBeforeWritingAnything()
    {
        using var temp = new TempDirectory();
        var firm = Path.Combine(temp.Path, "firm");
        var entry = FirmCopy.Create(Paths.FiveAgentFirm, firm);
        var lines = File.ReadAllLines(entry).ToList();
        var start = lines.FindIndex(l => l.StartsWith("standing_pairs:", StringComparison.Ordinal));
        lines.RemoveRange(start + 1, lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Count());
        lines[start] = "standing_pairs: []";
        File.WriteAllLines(entry, lines);
        var output = Path.Combine(temp.Path, "out");
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["run", "--manifest", firm, "--protocol", "debate", "--out", output], console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("standing_pairs", console.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
