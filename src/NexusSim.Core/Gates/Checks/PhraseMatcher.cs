using System.Text.RegularExpressions;

namespace NexusSim.Core.Gates;

/// <summary>
/// Whole-phrase, case-insensitive matching: the phrase's words in order, any run of whitespace
/// between them, and no letter or digit glued to either end (so "synergy" is found in "real
/// synergy." but not in "synergyx" or "antisynergy").
/// </summary>
public static class PhraseMatcher
{
    /// <summary>Each place the phrase occurs, as (index, length) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Index, int Length)> FindAll(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        var regex = new Regex(
            pattern,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return regex.Matches(text).Select(m => (m.Index, m.Length)).ToList();
    }

    /// <summary>True when the phrase occurs in the text.</summary>
    public static bool Contains(string text, string phrase) => FindAll(text, phrase).Count > 0;
}
