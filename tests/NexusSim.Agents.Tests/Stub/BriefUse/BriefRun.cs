using System.Text.RegularExpressions;
using NexusSim.Core.Briefs;

namespace NexusSim.Agents.Tests.Stub.BriefUse;

/// <summary>
/// The brief-use tests' own reading of brief text (the runs themselves come from <see cref="ShippedBriefRun"/>).
/// </summary>
internal static partial class BriefRun
{
    /// <summary>The brief's sentences: each constraint, and each sentence of the situation and the stalled pilot.</summary>
    public static IReadOnlyList<string> Sentences(Brief brief) =>
        [.. brief.Constraints, .. Split(brief.Situation), .. Split(brief.StalledPilot)];

    /// <summary>Lower case, letters and digits only, single spaces: punctuation and Markdown cannot hide a copy.</summary>
    public static string Flat(string text) => string.Join(' ', NonWord().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static int Count(string flatText, string flatSentence)
    {
        var count = 0;
        for (var at = flatText.IndexOf(flatSentence, StringComparison.Ordinal); at >= 0; at = flatText.IndexOf(flatSentence, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string> Split(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Split(' ').Length >= 4);

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
