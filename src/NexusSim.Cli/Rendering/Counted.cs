using System.Globalization;

namespace NexusSim.Cli.Rendering;

/// <summary>A count with its noun in the right number: "1 run", "2 runs", "0 runs".</summary>
internal static class Counted
{
    /// <summary>
    /// <paramref name="count"/> and <paramref name="singular"/>, with "s" added unless the count is 1;
    /// <paramref name="plural"/> for a noun that does not take "s".
    /// </summary>
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Noun(count, singular, plural)}");

    /// <summary>A count read as text (from a run's summary): singular for "1", the plural for anything else, "-" included.</summary>
    public static string Of(string count, string singular, string? plural = null) =>
        $"{count} {(count == "1" ? Noun(1, singular, plural) : Noun(0, singular, plural))}";

    /// <summary>The noun alone, for a count formatted elsewhere (e.g. with thousands separators).</summary>
    public static string Noun(long count, string singular, string? plural = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(singular);
        return count == 1 ? singular : plural ?? singular + "s";
    }
}
