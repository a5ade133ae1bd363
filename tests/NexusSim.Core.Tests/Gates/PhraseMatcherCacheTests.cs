using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

public sealed class PhraseMatcherCacheTests
{
    [Fact]
    public void FindAll_SamePhraseOnDifferentTexts_EachTextMatchedOnItsOwn()
    {
        var first = PhraseMatcher.FindAll("Real synergy. More SYNERGY\nhere.", "synergy");
        var second = PhraseMatcher.FindAll("antisynergy and synergyx", "synergy");
        var third = PhraseMatcher.FindAll("a  move   the needle moment", "move the needle");

        Assert.Equal([(5, 7), (19, 7)], first);
        Assert.Empty(second);
        Assert.Equal([(3, 17)], third);
    }

    [Fact]
    public void FindAll_MoreDistinctPhrasesThanTheCap_KeepsNoMoreThanTheCapAndStillMatches()
    {
        var phrases = Enumerable.Range(0, PhraseMatcher.MaxCachedPhrases + 20).Select(i => $"phrase{i} word").ToList();

        var found = phrases.Select(p => PhraseMatcher.FindAll($"the {p} is here", p).Count).ToList();

        Assert.True(PhraseMatcher.CachedPhrases <= PhraseMatcher.MaxCachedPhrases, $"{PhraseMatcher.CachedPhrases} phrases kept.");
        Assert.All(found, count => Assert.Equal(1, count));
    }

    [Fact]
    public void FindAll_BlankPhrase_MatchesNothing()
    {
        Assert.Empty(PhraseMatcher.FindAll("anything at all", "   "));
    }
}
