using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>The variator's pre-test (a line holding no form of any alternative is skipped) must not skip a line a set matches.</summary>
public sealed class WordingVariatorTests
{
    private static readonly WordingVariator Variator = new(
    [
        new WordingSet("short", ["in short", "in brief", "to sum up"], "test.md", 1),
        new WordingSet("plan", ["we plan to", "we intend to"], "test.md", 2),
    ]);

    private static List<string> VaryOver(string line, int seeds) =>
        [.. Enumerable.Range(0, seeds).Select(seed =>
        {
            var lines = new List<string> { line };
            Variator.Vary(lines, "engagement", "test", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return lines[0];
        })];

    [Fact]
    public void Vary_CapitalizedFormOnly_StillVariedAndKeepsTheCapital()
    {
        var results = VaryOver("In short, the pilot stalled.", 30);

        Assert.Contains(results, r => r != "In short, the pilot stalled.");
        Assert.All(results, r => Assert.True(char.IsUpper(r[0]), r));
    }

    [Fact]
    public void Vary_PhraseOfTheSecondSetMidLine_Varied()
    {
        var results = VaryOver("After intake we plan to interview staff.", 30);

        Assert.Contains("After intake we intend to interview staff.", results);
    }

    [Theory]
    [InlineData("Nothing to vary here.")]
    [InlineData("She said \"in short\" twice.")]
    [InlineData("| in short | table row |")]
    [InlineData("# in short")]
    [InlineData("inshort, no boundary.")]
    public void Vary_LineNoSetMayChange_Unchanged(string line) =>
        Assert.All(VaryOver(line, 10), r => Assert.Equal(line, r));
}
