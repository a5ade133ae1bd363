using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The noun after a figure of one is singular: "1 day", "1 point", "1 person". A template writes the plural
/// after a drawn figure ("{int:1-2} days"), which cannot know it will draw one, so the composed line is put right,
/// as <see cref="NumberArticles"/> puts right the article before a figure.
/// </summary>
internal static partial class NumberNouns
{
    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["minutes"] = "minute",
        ["hours"] = "hour",
        ["days"] = "day",
        ["weeks"] = "week",
        ["months"] = "month",
        ["years"] = "year",
        ["points"] = "point",
        ["people"] = "person",
    };

    /// <summary>The line with each plural unit after a whole figure of one made singular (the same string when nothing changes).</summary>
    public static string Fix(string line) =>
        line.Contains("1 ", StringComparison.Ordinal) ? OnePlural().Replace(line, m => "1 " + Singular[m.Groups[1].Value]) : line;

    // A figure of exactly one: no digit, decimal point, thousands separator or minus sign before it ("21 days",
    // "0.1 points", "1,1" and "-1" are left alone), then one of the plural units.
    [GeneratedRegex(@"(?<![\d.,\-])1 (minutes|hours|days|weeks|months|years|points|people)\b")]
    private static partial Regex OnePlural();
}
