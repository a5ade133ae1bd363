using System.Text;
using NexusSim.Agents.Stub.Content;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The allocation-lean rewrites of <see cref="SectionMatcher.Key"/> and <see cref="TextCleaner.MayContain"/>
/// against the straightforward versions they replaced (kept here as the oracle), on adversarial text.
/// </summary>
public sealed class AllocationFreeHelpersTests
{
    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "   ",
        "Risks & mitigations",
        "R&D",
        "&&",
        "&",
        " & leading",
        "trailing &",
        "Already-lower, with: punctuation!",
        "Tabs\tand\nnew lines\r\nmixed",
        "  ÜBER straße Äpfel  ",
        "İstanbul DİYARBAKIR ı",
        "Σίσυφος ΣΊΣΥΦΟΣ",
        "emoji 🚀 rocket 𐐀 deseret",
        "digits 2026 and ½ and ² and ٣",
        "snake_case kebab-case dot.case",
        "Ⓐ circled and ǅ titlecase",
        "multiple     spaces   between",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Key_AdversarialText_SameAsTheSplitAndJoinVersion(string text) =>
        Assert.Equal(OldKey(text), SectionMatcher.Key(text));

    public static TheoryData<string, string> LinesAndPhrases => new()
    {
        { "We will move the needle this year.", "move the needle" },
        { "We will MOVE the needle.", "move the needle" },
        { "Nothing here.", "move the needle" },
        { "any line", string.Empty },
        { "any line", "   " },
        { "a line with leading", "  leading words" },
        { "tab\tseparated", "\ttab\tseparated" },
        { "ÜBER alles", "über alles" },
        { "synergy", "synergy" },
        { "synerg", "synergy" },
        { "ΣΊΣΥΦΟΣ rolls the stone", "σίσυφος rolls" },
        { "\u212Aelvin scale", "kelvin scale" },
        { "İstanbul office", "istanbul office" },
        { "straße works", "STRASSE works" },
        { "ǅemal said", "ǆemal said" },
        { "emoji 🚀 rocket", "🚀 rocket" },
        { "the word appears at the very end: synergy", "SYNERGY" },
    };

    [Theory]
    [MemberData(nameof(LinesAndPhrases))]
    public void MayContain_AdversarialInput_SameAsTheSplitVersion(string line, string phrase) =>
        Assert.Equal(OldMayContain(line, phrase), TextCleaner.MayContain(line, phrase));

    // The version before the rewrite, as it was.
    private static string OldKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool OldMayContain(string line, string phrase)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && line.Contains(words[0], StringComparison.OrdinalIgnoreCase);
    }
}
