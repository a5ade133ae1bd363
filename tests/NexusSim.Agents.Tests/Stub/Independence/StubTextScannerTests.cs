using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Gates;

namespace NexusSim.Agents.Tests.Stub.Independence;

/// <summary>
/// The stub's own scanners (figures, citations, phrases) are written apart from the gates' code but
/// must read text the same way, or a repair would miss what a gate flags. Each case compares both.
/// </summary>
public sealed class StubTextScannerTests
{
    public static TheoryData<string> Texts => new()
    {
        "Claims grew 30% in 2024 [S1].",
        "Budget $1,200,000 and $1.5M, or 2.5x; 3bn and 4B and 5K [S12] [S3]",
        "Q3 S1 GPT-4o A1 x2 12abc 10xyz 5%a 1,2345 1,234,567.89 3. end",
        "Not a marker [S] [S1234567] [s2] [S9]x $ $x $5_ _5 5_",
        "Edge: 7",
        "١٢ digits and ½ and 45°",
        "A$5 and (12) and -8 and 3–4 weeks, 2025-12-31",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Find_SameTextAsTheGates_SameFiguresAndCitations(string text)
    {
        Assert.Equal(Figures.Find(text), NumberTokens.Find(text));
        Assert.Equal(Figures.Citations(text), NumberTokens.Citations(text));
        Assert.Equal(Figures.StripCitations(text), NumberTokens.StripCitations(text));
    }

    [Theory]
    [InlineData("Real synergy. synergyx antisynergy SYNERGY", "synergy")]
    [InlineData("move the  needle and move\tthe needle, movethe needle", "move the needle")]
    [InlineData("AI-first and ai first", "AI first")]
    [InlineData("nothing here", "absent phrase")]
    [InlineData("x", "  ")]
    public void FindAll_SameTextAsTheGates_SamePlaces(string text, string phrase)
    {
        Assert.Equal(PhraseMatcher.FindAll(text, phrase), PhraseFinder.FindAll(text, phrase));
    }

    [Fact]
    public void Find_FigureGluedToAWord_IsNoFigure()
    {
        Assert.Empty(NumberTokens.Find("GPT-4o Q3 12abc"));
        Assert.Equal(["12", "$3M"], NumberTokens.Find("(12) cost $3M [S4]"));
    }
}
