using System.Globalization;

namespace NexusSim.Core.Engagements;

/// <summary>A count with its noun in the right number, for the texts a reader sees: "1 issue", "3 issues", "0 runs".</summary>
public static class CountWords
{
    /// <summary><paramref name="count"/> and <paramref name="singular"/>, with "s" added unless the count is 1 (<paramref name="plural"/> for a noun that does not take "s").</summary>
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Noun(count, singular, plural)}");

    /// <summary>A count read as text (from a run's summary): singular for "1", the plural for anything else, "-" included.</summary>
    public static string Of(string count, string singular, string? plural = null) =>
        $"{count} {Noun(count == "1" ? 1 : 0, singular, plural)}";

    /// <summary>The noun alone in the number <paramref name="count"/> asks for, for a count formatted elsewhere (e.g. with thousands separators).</summary>
    public static string Noun(long count, string singular, string? plural = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(singular);
        return count == 1 ? singular : plural ?? singular + "s";
    }

    /// <summary>"once", "twice", or "N times".</summary>
    public static string Times(int count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count} times"),
    };
}
