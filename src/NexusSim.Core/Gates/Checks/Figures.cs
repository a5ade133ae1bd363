using System.Text.RegularExpressions;

namespace NexusSim.Core.Gates;

/// <summary>
/// Figures and citation markers. A figure is a number token: digits with an optional <c>$</c>,
/// thousands separators, decimals and a <c>%</c>, <c>K</c>/<c>M</c>/<c>B</c>/<c>bn</c> or
/// <c>x</c> suffix, not glued to a letter (so <c>Q3</c>, <c>S1</c> or <c>GPT-4o</c> are names,
/// not figures). A citation marker is <c>[S&lt;n&gt;]</c>.
/// </summary>
public static partial class Figures
{
    /// <summary>The figure tokens of a text, citation markers excluded, in order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Citation().Replace(text, " ");
        return Figure().Matches(stripped).Select(m => m.Value).ToList();
    }

    /// <summary>The source numbers cited in a text, in order (repeats kept).</summary>
    public static IReadOnlyList<int> Citations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Citation().Matches(text)
            .Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>The text without its citation markers (and the space before each).</summary>
    public static string StripCitations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SpacedCitation().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"\[S(\d{1,6})\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@" ?\[S\d{1,6}\]")]
    private static partial Regex SpacedCitation();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\$?\d+(?:,\d{3})*(?:\.\d+)?(?:%|(?:bn|[KMB]|x)(?![\p{L}\p{N}_]))?(?![\p{L}\p{N}_])")]
    private static partial Regex Figure();
}
