using System.Text.RegularExpressions;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// The first-word screen must never hide a match the phrase's pattern finds: every screened answer is
/// checked against the pattern run alone.
/// </summary>
public sealed class PhraseMatcherScreenTests
{
    private const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void CaseInsensitivePatterns_NonAsciiCharactersTakenForAsciiLetters_AreOnlyTheKelvinSign()
    {
        // The screen's assumption: apart from this one, a case-insensitive ASCII letter in a pattern
        // matches only ASCII letters, as an ordinal case-insensitive search does.
        var letters = new Regex("^[a-z]$", PatternOptions);
        var found = new List<string>();
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            if (c is < 0xD800 or > 0xDFFF && letters.IsMatch(((char)c).ToString()))
            {
                found.Add($"U+{c:X4}");
            }
        }

        Assert.Equal(["U+212A"], found);
    }

    [Theory]
    [InlineData("Our \u212API drift is small.", "kpi drift", 1)]
    [InlineData("Our \u212Api drift is small.", "KPI drift", 1)]
    [InlineData("The synergy holds, and so does SYNERGY.", "synergy", 2)]
    [InlineData("The synergy holds.", "synergies", 0)]
    [InlineData("Ärger about the Ärger-index.", "ärger", 2)]
    [InlineData("Straße und STRASSE.", "straße", 1)]
    [InlineData("a  move\n  the   needle moment", "move the needle", 1)]
    [InlineData("moving the needle", "move the needle", 0)]
    public void FindAll_ScreenedPhrases_MatchWhatThePatternAloneMatches(string text, string phrase, int expected)
    {
        var found = PhraseMatcher.FindAll(text, phrase);

        Assert.Equal(expected, found.Count);
        Assert.Equal(PatternAlone(text, phrase), found);
        Assert.Equal(expected > 0, PhraseMatcher.Contains(text, phrase));
    }

    [Fact]
    public void MayOccur_AsciiFirstWordAbsent_IsFalse_AndOtherwiseTrue()
    {
        Assert.False(PhraseMatcher.MayOccur("Nothing relevant here.", "synergy play"));
        Assert.True(PhraseMatcher.MayOccur("A SYNERGY of sorts.", "synergy play"));
        Assert.True(PhraseMatcher.MayOccur("No match, but a \u212Aelvin sign.", "synergy play"));
        Assert.True(PhraseMatcher.MayOccur("Nothing relevant here.", "ärger"));
        Assert.False(PhraseMatcher.MayOccur("Nothing relevant here.", "   "));
    }

    [Fact]
    public void FindAll_SeededTextsAndPhrases_AgreeWithThePatternAlone()
    {
        var random = new Random(20261206);
        string[] words = ["kpi", "KPI", "\u212Api", "synergy", "Synergy", "drift", "move", "the", "needle", "ärger", "Ärger", "straße", "best-in-class", "(b)", "pi"];
        string[] gaps = [" ", "  ", "\n", "\t ", "-", "x", "", ".", " \u212A "];
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)] + gaps[random.Next(gaps.Length)]));
            var phrase = string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => words[random.Next(words.Length)]));

            Assert.True(PatternAlone(text, phrase).SequenceEqual(PhraseMatcher.FindAll(text, phrase)), $"'{phrase}' in '{text}'");
        }
    }

    // The documented pattern, with no screen in front of it.
    private static List<(int Index, int Length)> PatternAlone(string text, string phrase)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        return [.. Regex.Matches(text, pattern, PatternOptions).Select(m => (m.Index, m.Length))];
    }
}
