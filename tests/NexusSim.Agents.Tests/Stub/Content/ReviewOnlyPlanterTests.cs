using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>A wrong figure is planted in a figure, never in a year, an identifier or a decimal.</summary>
public sealed class ReviewOnlyPlanterTests
{
    [Theory]
    [InlineData("The AB 2273 exemption covers 46 providers [S3].", "46")]
    [InlineData("Under § 1798 the 2025 rule reaches 2,400 staff [S3].", "2,400")]
    [InlineData("Week 6 review: 68% of records lack a field [S3].", "68")]
    [InlineData("Cycle time fell from 6.5 to 3.2 days for $12M of claims [S3].", "12")]
    public void FirstChangeable_SentenceWithIdentifiersYearsAndDecimals_PicksTheFirstPlainFigure(string sentence, string digits)
    {
        var figure = ReviewOnlyPlanter.FirstChangeable(sentence);

        Assert.NotNull(figure);
        Assert.Equal(digits, sentence.Substring(figure.Value.Index, figure.Value.Length));
    }

    [Theory]
    [InlineData("Section 5 of the Act and AB 2273 apply since 2024 [S3].")]
    [InlineData("Scores of 2.4 and 3 were recorded [S3].")]
    public void FirstChangeable_NoPlainFigureOfFourOrMore_IsNull(string sentence)
    {
        Assert.Null(ReviewOnlyPlanter.FirstChangeable(sentence));
    }
}
