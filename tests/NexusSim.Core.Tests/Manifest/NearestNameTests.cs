using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Core.Tests.Manifest;

/// <summary>"Did you mean" hints: one guess when one name is nearest, both names and no guess when two are equally near.</summary>
public sealed class NearestNameTests
{
    [Fact]
    public void Find_TypoEquallyNearTwoNames_NoGuess() =>
        Assert.Null(NearestName.Find("of", ["on", "off"]));

    [Fact]
    public void Guess_TypoEquallyNearTwoNames_NamesBothAndAsksForOne() =>
        Assert.Equal("'of' is one edit from both 'on' and 'off'; write one of them. ", NearestName.Guess("of", ["on", "off"]));

    [Fact]
    public void Guess_OneNameClearlyNearest_DidYouMeanThatName() =>
        Assert.Equal("Did you mean 'granted'? ", NearestName.Guess("grantd", ["all", "granted"]));

    [Fact]
    public void Fix_TieBetweenEveryChoice_SaysItOnceWithoutRepeatingTheList() =>
        Assert.Equal("'of' is one edit from both 'on' and 'off'; write one of them.", NearestName.Fix("of", ["on", "off"], "Use one of"));

    [Fact]
    public void Hint_TieAmongMoreChoices_NamesTheTiedThenListsAll() =>
        Assert.Equal(
            "'bat' is one edit from both 'cat' and 'bar'; write one of them. Use one of the keys: cat, bar, horse.",
            NearestName.Hint("bat", ["cat", "bar", "horse"], "keys"));

    [Fact]
    public void Guess_ThreeEquallyNear_NamesAllThree() =>
        Assert.Equal("'bat' is one edit from 'cat', 'bar' and 'hat'; write one of them. ", NearestName.Guess("bat", ["cat", "bar", "hat"]));

    [Fact]
    public void Guess_NothingClose_Empty() =>
        Assert.Equal(string.Empty, NearestName.Guess("xylophone", ["on", "off"]));

    [Theory]
    [InlineData("chian", " Did you mean 'chain'?")]
    [InlineData("of", " 'of' is one edit from both 'on' and 'off'; write one of them.")]
    [InlineData("xylophone", "")]
    public void Appended_AfterASentence_LeadingSpaceNoTrailingOne(string value, string expected) =>
        Assert.Equal(expected, NearestName.Appended(value, ["chain", "on", "off"]));
}
