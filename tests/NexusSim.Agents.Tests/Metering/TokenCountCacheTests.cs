using NexusSim.Agents.Metering;

namespace NexusSim.Agents.Tests.Metering;

public sealed class TokenCountCacheTests
{
    [Fact]
    public void Count_SameTextAgainAndACopyOfIt_EqualsTheTokenizersCount()
    {
        var text = string.Concat(Enumerable.Repeat("Quarterly churn fell 4.2% after the pilot; the board asked why. ", 20));
        var copy = new string(text.AsSpan());
        var cache = new TokenCountCache();

        var first = cache.Count(text);
        var again = cache.Count(text);
        var ofCopy = new TokenCountCache().Count(copy);

        Assert.Equal(TokenCounter.Count(text), first);
        Assert.Equal(first, again);
        Assert.Equal(first, ofCopy);
    }

    [Fact]
    public void Count_DifferentTextsOfOneTurn_EachCountedOnItsOwn()
    {
        var cache = new TokenCountCache();

        Assert.Equal(TokenCounter.Count("one"), cache.Count("one"));
        Assert.Equal(TokenCounter.Count("one two three four"), cache.Count("one two three four"));
        Assert.Equal(0, cache.Count(string.Empty));
        Assert.Equal(0, cache.Count(null));
    }

    [Fact]
    public void CountTool_MoreDistinctTextsThanTheCap_RemembersNoMoreThanTheCapAndStillCounts()
    {
        var shared = new TokenCounts();
        var texts = Enumerable.Range(0, TokenCounts.MaxToolEntries + 50).Select(i => $"tool description number {i} of many").ToList();

        var counts = texts.Select(shared.CountTool).ToList();

        Assert.True(shared.ToolEntries <= TokenCounts.MaxToolEntries, $"{shared.ToolEntries} tool texts remembered.");
        Assert.Equal(texts.Select(TokenCounter.Count), counts);
    }

    [Fact]
    public void Count_TwoCachesOverOneSharedMemory_SecondTokenizesNoLineTheFirstCounted()
    {
        var shared = new TokenCounts();
        var text = "# Identity\nYou are the analyst.\nCite every figure.\n";
        new TokenCountCache(shared).Count(text);
        var tokenized = shared.Lines.Tokenized;

        var again = new TokenCountCache(shared).Count(new string(text.AsSpan()));

        Assert.Equal(tokenized, shared.Lines.Tokenized);
        Assert.Equal(TokenCounter.Count(text), again);
    }

    [Theory]
    [InlineData("## Card\nturn: 1\n", "# Template\nWrite it.\n\n", "⟫ client: Acme\n")]
    [InlineData("ends without a line feed", "# Next part\n")]
    [InlineData("line feed then space\n", " indented start\n")]
    [InlineData("line feed then slash\n", "/path start\n")]
    [InlineData("crlf ending\r\n", "# Heading\n")]
    [InlineData("dots\n", ".\n/", "\n\n")]
    [InlineData("", "# only one part with text\n", "")]
    [InlineData("emoji 🎉\n", "🎉 starts here\n", "'s contraction\n")]
    public void CountJoined_AnyJoins_EqualsTheTokenizersCountOfTheWholeText(params string[] parts)
    {
        // The sum of the parts' counts is taken only where the tokenizer cannot merge across a join;
        // every other join (no line feed, white space, '/', a non-ASCII start) falls back to the whole text.
        var joined = string.Concat(parts);
        var shared = new TokenCounts();

        var counted = shared.CountJoined(parts, joined);

        Assert.Equal(TokenCounter.Count(joined), counted);
        Assert.Equal(counted, new TokenCountCache(shared).Count(joined));
    }

    [Fact]
    public void CountJoined_PartsSentAgainInAnotherPrompt_AreNotTokenizedAgain()
    {
        var shared = new TokenCounts();
        var brief = "⟫ client: Acme Mutual\n⟫ headcount: 2400\n";
        var artifact = "## Artifact: Report v1\n~~~markdown\n# Report\nText.\n~~~\n\n";
        shared.CountJoined(["## Card\nturn: 1\n", brief, artifact], "## Card\nturn: 1\n" + brief + artifact);
        var tokenized = shared.Lines.Tokenized;

        var second = "## Card\nturn: 2\n" + brief + artifact;
        var counted = shared.CountJoined(["## Card\nturn: 2\n", brief, artifact], second);

        Assert.Equal(TokenCounter.Count(second), counted);
        Assert.Equal(tokenized + 1, shared.Lines.Tokenized);
    }

    [Fact]
    public void CountContent_SameContentTwice_CountsOnceAndADifferentInstanceAgain()
    {
        var counts = new TokenCounts();
        var content = new Microsoft.Extensions.AI.TextContent("x");
        var calls = 0;

        var first = counts.CountContent(content, () => ++calls * 10);
        var again = counts.CountContent(content, () => ++calls * 10);
        var other = counts.CountContent(new Microsoft.Extensions.AI.TextContent("x"), () => ++calls * 10);

        Assert.Equal((10, 10, 20), (first, again, other));
        Assert.Equal(2, calls);
    }
}
