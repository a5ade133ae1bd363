using NexusSim.Core.Engagements;

namespace NexusSim.Core.Tests.Engagements;

/// <summary>Counts in the texts a reader sees carry their noun in the right number, never "(s)".</summary>
public sealed class CountWordsTests
{
    [Theory]
    [InlineData(0, "run", null, "0 runs")]
    [InlineData(1, "run", null, "1 run")]
    [InlineData(2, "issue", null, "2 issues")]
    [InlineData(1, "entry", "entries", "1 entry")]
    [InlineData(3, "entry", "entries", "3 entries")]
    public void Of_Count_NounInItsNumber(long count, string singular, string? plural, string expected) =>
        Assert.Equal(expected, CountWords.Of(count, singular, plural));

    [Theory]
    [InlineData("1", "1 run")]
    [InlineData("12", "12 runs")]
    [InlineData("-", "- runs")]
    public void Of_CountReadAsText_SingularOnlyForOne(string count, string expected) =>
        Assert.Equal(expected, CountWords.Of(count, "run"));

    [Theory]
    [InlineData(1, "once")]
    [InlineData(2, "twice")]
    [InlineData(3, "3 times")]
    public void Times_Count_InWords(int count, string expected) => Assert.Equal(expected, CountWords.Times(count));
}
