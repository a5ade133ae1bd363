using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Counts the brief states in words or digits right before a noun ("Three business units", "two of the
/// 3 business units"): what a consultant would take from the brief instead of inventing a number.
/// </summary>
internal static partial class BriefCounts
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    // A count in digits or words, captured.
    private static readonly string Number = @"(\d{1,3}|" + string.Join('|', Words) + ")";

    // The patterns built so far, by body: each engagement asks again for the same few nouns, and building
    // a pattern (parsing it, writing its matcher) cost more than matching a brief's few sentences with it.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // Patterns kept at most; past that a pattern is built for its call and not kept.
    private const int PatternsKept = 256;

    /// <summary>
    /// The largest count the brief's situation, stalled pilot or constraints put right before
    /// <paramref name="noun"/> (plural, any case; "the third" is not a count), or null when none does.
    /// </summary>
    public static int? Of(BriefFacts brief, string noun)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        var pattern = Pattern(Number + @"\s+" + Noun(noun));
        var counts = Texts(brief)
            .SelectMany(t => pattern.Matches(t))
            .Select(m => Value(m.Groups[1].Value))
            .Where(v => v > 0)
            .ToList();
        return counts.Count == 0 ? null : counts.Max();
    }

    /// <summary>
    /// The smallest share of <paramref name="noun"/> the brief puts in scope as "N of the M"
    /// ("Two of the three business units must be covered"), or null when it scopes none: the work
    /// covers N, whatever the client has.
    /// </summary>
    public static int? Covered(BriefFacts brief, string noun)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        var pattern = Pattern(Number + @"\s+of\s+the\s+" + Number + @"\s+" + Noun(noun));
        var counts = Texts(brief)
            .SelectMany(t => pattern.Matches(t))
            .Select(m => (Part: Value(m.Groups[1].Value), Whole: Value(m.Groups[2].Value)))
            .Where(c => c.Part > 0 && c.Part <= c.Whole)
            .Select(c => c.Part)
            .ToList();
        return counts.Count == 0 ? null : counts.Min();
    }

    // Where a brief states counts: its situation, its stalled pilot and its constraints.
    private static IEnumerable<string> Texts(BriefFacts brief) =>
        new[] { brief.Situation, brief.StalledPilot }.Concat(brief.Constraints).Where(t => !string.IsNullOrEmpty(t));

    // The noun's words with any white space between them, ending a word.
    private static string Noun(string noun) => Regex.Escape(noun).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\b";

    private static Regex Pattern(string body)
    {
        if (Patterns.TryGetValue(body, out var known))
        {
            return known;
        }

        var pattern = new Regex(@"\b" + body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Patterns.Count < PatternsKept ? Patterns.GetOrAdd(body, pattern) : pattern;
    }

    private static int Value(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : Array.FindIndex(Words, w => w.Equals(token, StringComparison.OrdinalIgnoreCase));
}
