namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// "a" or "an" before a figure, as the figure is said: "an 11% rise", "an 8-week pilot", "a 12% rise".
/// A template cannot know which article its drawn figure needs, so the composed line is put right.
/// </summary>
internal static class NumberArticles
{
    /// <summary>The line with the article before each figure agreeing with how the figure is read aloud (the same string when nothing changes).</summary>
    public static string Fix(string line)
    {
        System.Text.StringBuilder? fixedLine = null;
        var copied = 0;
        for (var i = 0; i + 2 < line.Length; i++)
        {
            // An article is a whole word "a" or "an" followed by one space and a digit.
            if (line[i] is not ('a' or 'A') || (i > 0 && char.IsLetterOrDigit(line[i - 1])))
            {
                continue;
            }

            var isAn = i + 3 < line.Length && line[i + 1] == 'n' && line[i + 2] == ' ' && char.IsDigit(line[i + 3]);
            var isA = !isAn && line[i + 1] == ' ' && char.IsDigit(line[i + 2]);
            if (!isA && !isAn)
            {
                continue;
            }

            var wantsAn = SaidWithAVowel(Digits(line, i + (isAn ? 3 : 2)));
            if (wantsAn == isAn)
            {
                continue;
            }

            fixedLine ??= new System.Text.StringBuilder(line.Length + 4);
            fixedLine.Append(line, copied, i + 1 - copied).Append(wantsAn ? "n" : string.Empty);
            copied = i + (isAn ? 2 : 1);
        }

        return fixedLine is null ? line : fixedLine.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>Whether the whole number is read starting with a vowel sound: eight…, eleven, eighteen (and their thousands, millions).</summary>
    public static bool SaidWithAVowel(string digits)
    {
        if (digits.Length == 0)
        {
            return false;
        }

        if (digits[0] == '8')
        {
            return true;
        }

        // 11 and 18 lead the number only when they are read as one group: 11, 18, 11,000, 18,500,000.
        return digits.Length % 3 == 2 && (digits.StartsWith("11", StringComparison.Ordinal) || digits.StartsWith("18", StringComparison.Ordinal));
    }

    // The integer part of the figure starting at start, thousands separators dropped.
    private static string Digits(string text, int start)
    {
        var digits = new System.Text.StringBuilder();
        for (var j = start; j < text.Length && (char.IsDigit(text[j]) || (text[j] == ',' && j + 1 < text.Length && char.IsDigit(text[j + 1]))); j++)
        {
            if (text[j] != ',')
            {
                digits.Append(text[j]);
            }
        }

        return digits.ToString();
    }
}
