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
        // Most units hold no marker and many no digit: those are answered without a pattern.
        var stripped = text.Contains("[S", StringComparison.Ordinal) ? Citation().Replace(text, " ") : text;
        if (!stripped.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return [];
        }

        var found = new List<string>();
        foreach (var match in Figure().EnumerateMatches(stripped))
        {
            found.Add(stripped.Substring(match.Index, match.Length));
        }

        return found;
    }

    /// <summary>The source numbers cited in a text, in order (repeats kept).</summary>
    public static IReadOnlyList<int> Citations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("[S", StringComparison.Ordinal))
        {
            return [];
        }

        var numbers = new List<int>();
        foreach (var match in Citation().EnumerateMatches(text))
        {
            // The digits between "[S" and "]".
            numbers.Add(int.Parse(text.AsSpan(match.Index + 2, match.Length - 3), System.Globalization.CultureInfo.InvariantCulture));
        }

        return numbers;
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
