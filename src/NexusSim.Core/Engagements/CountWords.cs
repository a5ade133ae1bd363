using System.Globalization;

namespace NexusSim.Core.Engagements;

/// <summary>A count with its noun in the right number, for the texts a reader sees: "1 issue", "3 issues", "no issue".</summary>
internal static class CountWords
{
    /// <summary><paramref name="count"/> and <paramref name="singular"/>, with "s" added unless the count is 1 (<paramref name="plural"/> for a noun that does not take "s").</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Noun(count, singular, plural)}");

    /// <summary>The noun alone in the number <paramref name="count"/> asks for.</summary>
    public static string Noun(int count, string singular, string? plural = null) => count == 1 ? singular : plural ?? singular + "s";

    /// <summary>"once", "twice", or "N times".</summary>
    public static string Times(int count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count} times"),
    };
}
