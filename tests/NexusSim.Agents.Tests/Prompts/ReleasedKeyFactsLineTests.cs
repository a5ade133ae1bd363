using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Prompts;

/// <summary>The released block's Key facts line, read in place, against the plain Split('\n') reading it replaced.</summary>
public sealed class ReleasedKeyFactsLineTests
{
    [Theory]
    [InlineData("# Report\n\nKey facts: A; B\n\n## Summary\n")]
    [InlineData("# Report\r\n\r\nKey facts: A; B\r\n")]
    [InlineData("   \tKEY FACTS: indented and upper case\n")]
    [InlineData("Key facts: on the last line, no line feed")]
    [InlineData("Some text. Key facts: in the middle of a line\nKey facts: the real one\n")]
    [InlineData("\n\n\n")]
    [InlineData("")]
    [InlineData("Key facts:\nKey facts: second\n")]
    [InlineData("# Report\n\u2028Key facts: after a line separator\n")]
    [InlineData("# Report\rKey facts: after a lone carriage return\n")]
    [InlineData("\u00a0Key facts: after a no-break space\n")]
    [InlineData("Key  facts: two spaces\n")]
    public void KeyFactsLine_Adversarial_SameAsSplittingIntoLines(string markdown)
    {
        Assert.Equal(Plain(markdown), ReleasedKeyFacts.KeyFactsLine(markdown));
    }

    [Fact]
    public void KeyFactsLine_SeededTexts_SameAsSplittingIntoLines()
    {
        string[] pieces = ["Key facts: x", "key FACTS: y", " ", "\t", "\n", "\r\n", "\r", "\u2028", "text", "Key", " facts:", "## H", "- item"];
        var random = new Random(16);
        for (var i = 0; i < 3000; i++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(Plain(markdown) == ReleasedKeyFacts.KeyFactsLine(markdown), $"differs on \"{markdown.ReplaceLineEndings("⏎")}\"");
        }
    }

    private static string? Plain(string markdown) =>
        markdown.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(KeyFactsText.Label, StringComparison.OrdinalIgnoreCase))?.Trim();
}
