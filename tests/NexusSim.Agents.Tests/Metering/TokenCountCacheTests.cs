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
}
