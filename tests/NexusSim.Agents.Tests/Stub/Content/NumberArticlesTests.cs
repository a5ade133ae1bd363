using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

public sealed class NumberArticlesTests
{
    [Theory]
    [InlineData("at least a 11% improvement", "at least an 11% improvement")]
    [InlineData("after a 8-week pilot", "after an 8-week pilot")]
    [InlineData("a 18% fall and a 80% share", "an 18% fall and an 80% share")]
    [InlineData("an 12% rise", "a 12% rise")]
    [InlineData("A 11,000-case backlog", "An 11,000-case backlog")]
    [InlineData("a 110-day plan", "a 110-day plan")]
    [InlineData("a 1,100-case sample", "a 1,100-case sample")]
    [InlineData("an 8.5% margin", "an 8.5% margin")]
    [InlineData("a 5% rise", "a 5% rise")]
    public void Fix_ArticleBeforeAFigure_AgreesWithHowTheFigureIsSaid(string line, string expected)
    {
        Assert.Equal(expected, NumberArticles.Fix(line));
    }

    [Theory]
    [InlineData("Plan a 2026 launch; Data 8 is a table.")]
    [InlineData("The Alpha 8 model and area 11 stay as written.")]
    [InlineData("Scan 11 files in a8 mode.")]
    [InlineData("")]
    public void Fix_NoArticleBeforeAFigure_LineUnchanged(string line)
    {
        // "Data 8", "Alpha 8", "area 11", "scan 11": an a at the end of a word is not an article.
        Assert.Equal(line, NumberArticles.Fix(line));
    }
}
