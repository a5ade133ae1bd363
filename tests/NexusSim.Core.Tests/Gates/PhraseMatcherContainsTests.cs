using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

public sealed class PhraseMatcherContainsTests
{
    [Theory]
    [InlineData("Real synergy.", "synergy", true)]
    [InlineData("antisynergy and synergyx", "synergy", false)]
    [InlineData("a  move\n  the   needle moment", "move the needle", true)]
    [InlineData("MOVE THE NEEDLE", "move the needle", true)]
    [InlineData("move the needles", "move the needle", false)]
    [InlineData("best-in-class", "best-in-class", true)]
    [InlineData("a (b) c", "(b)", true)]
    [InlineData("anything", "   ", false)]
    [InlineData("", "synergy", false)]
    public void Contains_PhrasesAndTexts_AgreesWithFindAll(string text, string phrase, bool expected)
    {
        var contains = PhraseMatcher.Contains(text, phrase);

        Assert.Equal(expected, contains);
        Assert.Equal(PhraseMatcher.FindAll(text, phrase).Count > 0, contains);
    }
}
