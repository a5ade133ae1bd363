using System.Text.RegularExpressions;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// Sentences are split where TextUnits' summary says, found without a pattern: held to that rule
/// written as a pattern (a run of white space after '.', '!' or '?' and any of " ' ) ] * _, before
/// an uppercase letter, a digit or one of " ' ( * _ $), on known and 5,000 seeded paragraphs.
/// </summary>
public sealed class TextUnitsSentenceTests
{
    private static readonly Regex Rule = new(@"(?<=[.!?][""')\]*_]*)\s+(?=[\p{Lu}\p{N}""'(*_$])");

    [Theory]
    [InlineData("Churn fell 18%. Revenue rose.", new[] { "Churn fell 18%.", "Revenue rose." })]
    [InlineData("It works (mostly.) Then 3 more.", new[] { "It works (mostly.)", "Then 3 more." })]
    [InlineData("Done!\" \"Next,\" she said.", new[] { "Done!\"", "\"Next,\" she said." })]
    [InlineData("e.g. this stays whole.", new[] { "e.g. this stays whole." })]
    [InlineData("A sentence. [S2] stays with it.", new[] { "A sentence. [S2] stays with it." })]
    [InlineData("Stop.\u00a0Élan follows.", new[] { "Stop.", "Élan follows." })]
    [InlineData("Ends here.   ", new[] { "Ends here.   " })]
    [InlineData("Why? $5 saved.", new[] { "Why?", "$5 saved." })]
    public void SplitSentences_KnownParagraphs_SplitWhereTheRuleSays(string paragraph, string[] expected)
    {
        Assert.Equal(expected, TextUnits.SplitSentences(paragraph));
        Assert.Equal(expected, ByRule(paragraph));
    }

    [Fact]
    public void SplitSentences_SeededParagraphs_SameAsTheRuleAsAPattern()
    {
        var random = new Random(20261206);
        string[] pieces = ["word", "Word", ".", "!", "?", "\"", "'", ")", "]", "*", "_", "(", "$", " ", "  ", "\t", "\u00a0", "\u2028", "7", "٣", "Ⅻ", "²", "ǅ", "É", "é", "[S2]", "e.g."];
        for (var round = 0; round < 5000; round++)
        {
            var paragraph = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.True(ByRule(paragraph).SequenceEqual(TextUnits.SplitSentences(paragraph)), paragraph);
        }
    }

    private static List<string> ByRule(string paragraph) => [.. Rule.Split(paragraph).Where(s => s.Trim().Length > 0)];
}
