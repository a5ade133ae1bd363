using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Core.Gates;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// Figures and citation markers, on known texts and against the patterns applied plainly (every
/// match collected, markers replaced first) on seeded texts: answering a text with no marker or no
/// digit without the pattern must change no answer.
/// </summary>
public sealed class FiguresTests
{
    private const string FigurePattern = @"(?<![\p{L}\p{N}_])\$?\d+(?:,\d{3})*(?:\.\d+)?(?:%|(?:bn|[KMB]|x)(?![\p{L}\p{N}_]))?(?![\p{L}\p{N}_])";
    private const string CitationPattern = @"\[S(\d{1,6})\]";

    [Theory]
    [InlineData("Churn fell 18% to $1,200 a month [S2].", new[] { "18%", "$1,200" })]
    [InlineData("Q3 plans for GPT-4o and S1 hold no figure.", new string[0])]
    [InlineData("[S12] alone, then 3.5x and 40M and 2bn.", new[] { "3.5x", "40M", "2bn" })]
    [InlineData("No digits at all.", new string[0])]
    [InlineData("", new string[0])]
    public void Find_KnownTexts_TheFigureTokens(string text, string[] expected)
    {
        Assert.Equal(expected, Figures.Find(text));
    }

    [Theory]
    [InlineData("Cited [S2] and [S10], again [S2].", new[] { 2, 10, 2 })]
    [InlineData("Not markers: [s2], [S], [S1234567], S3.", new int[0])]
    [InlineData("", new int[0])]
    public void Citations_KnownTexts_TheSourceNumbers(string text, int[] expected)
    {
        Assert.Equal(expected, Figures.Citations(text));
    }

    [Fact]
    public void FindAndCitations_SeededTexts_AgreeWithThePatternsAppliedPlainly()
    {
        var random = new Random(20261206);
        string[] pieces = ["Revenue", " ", "18%", "$1,200", "[S2]", "[S", "]", "3.5x", "Q3", "GPT-4o", "40M", "2bn", ".", ",", "7", "x", "_", "é", "[S123]", "\n", "1,23", "0.5"];
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            var stripped = Regex.Replace(text, CitationPattern, " ");
            var figures = Regex.Matches(stripped, FigurePattern).Select(m => m.Value).ToList();
            var citations = Regex.Matches(text, CitationPattern).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

            Assert.True(figures.SequenceEqual(Figures.Find(text)), text);
            Assert.True(citations.SequenceEqual(Figures.Citations(text)), text);
        }
    }
}
