using System.Globalization;
using System.Text;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The stub's own reading of figures and citation markers in the text it writes (a scanner, not the
/// gates' code). A figure is an optional <c>$</c>, digits with optional thousands groups and
/// decimals, then an optional <c>%</c> or a <c>K</c>/<c>M</c>/<c>B</c>/<c>bn</c>/<c>x</c> suffix,
/// with no letter, digit or underscore glued to either end. A citation marker is <c>[S&lt;n&gt;]</c>.
/// </summary>
internal static class NumberTokens
{
    private static readonly string[] Suffixes = ["bn", "K", "M", "B", "x"];

    /// <summary>The figures of a text, citation markers excluded, in order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var plain = BlankCitations(text);
        var found = new List<string>();
        var i = 0;
        while (i < plain.Length)
        {
            var end = (plain[i] == '$' || char.IsDigit(plain[i])) && !IsWordChar(plain, i - 1) ? MatchAt(plain, i) : -1;
            if (end > i)
            {
                found.Add(plain[i..end]);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>The source numbers cited in a text, in order.</summary>
    public static IReadOnlyList<int> Citations(string text)
    {
        var cited = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (MarkerLength(text, i) is var length and > 0)
            {
                cited.Add(int.Parse(text.AsSpan(i + 2, length - 3), CultureInfo.InvariantCulture));
                i += length - 1;
            }
        }

        return cited;
    }

    /// <summary>The text without its citation markers (and the space before each).</summary>
    public static string StripCitations(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (MarkerLength(text, i) is var length and > 0)
            {
                if (result.Length > 0 && result[^1] == ' ')
                {
                    result.Length--;
                }

                i += length - 1;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>The text with each citation marker's number replaced by <paramref name="renumber"/>'s answer for it.</summary>
    public static string RenumberCitations(string text, Func<int, int> renumber)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (MarkerLength(text, i) is var length and > 0)
            {
                var number = int.Parse(text.AsSpan(i + 2, length - 3), CultureInfo.InvariantCulture);
                result.Append("[S").Append(renumber(number).ToString(CultureInfo.InvariantCulture)).Append(']');
                i += length - 1;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static string BlankCitations(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (MarkerLength(text, i) is var length and > 0)
            {
                chars.AsSpan(i, length).Fill(' ');
                i += length - 1;
            }
        }

        return new string(chars);
    }

    // [S + 1 to 6 digits + ]: the marker's length at i, or 0.
    private static int MarkerLength(string text, int i)
    {
        if (i + 3 >= text.Length || text[i] != '[' || text[i + 1] != 'S')
        {
            return 0;
        }

        var j = i + 2;
        while (j < text.Length && j - i - 2 < 7 && char.IsDigit(text[j]))
        {
            j++;
        }

        var digits = j - i - 2;
        return digits is >= 1 and <= 6 && j < text.Length && text[j] == ']' ? j - i + 1 : 0;
    }

    // The end of the longest figure starting at i, trying fewer thousands groups, no decimals and no
    // suffix in turn when a longer reading would end glued to a word character; -1 when none fits.
    private static int MatchAt(string text, int i)
    {
        var j = text[i] == '$' ? i + 1 : i;
        var digitsEnd = SkipDigits(text, j);
        if (digitsEnd == j)
        {
            return -1;
        }

        var groupEnds = new List<int> { digitsEnd };
        while (groupEnds[^1] + 3 < text.Length && text[groupEnds[^1]] == ',' && CountDigits(text, groupEnds[^1] + 1) >= 3)
        {
            groupEnds.Add(groupEnds[^1] + 4);
        }

        for (var g = groupEnds.Count - 1; g >= 0; g--)
        {
            var afterGroups = groupEnds[g];
            var decimals = afterGroups < text.Length - 1 && text[afterGroups] == '.' && char.IsDigit(text[afterGroups + 1])
                ? SkipDigits(text, afterGroups + 1)
                : -1;
            foreach (var body in decimals > 0 ? new[] { decimals, afterGroups } : [afterGroups])
            {
                if (body < text.Length && text[body] == '%' && !IsWordChar(text, body + 1))
                {
                    return body + 1;
                }

                foreach (var suffix in Suffixes)
                {
                    if (body + suffix.Length <= text.Length && string.CompareOrdinal(text, body, suffix, 0, suffix.Length) == 0
                        && !IsWordChar(text, body + suffix.Length))
                    {
                        return body + suffix.Length;
                    }
                }

                if (!IsWordChar(text, body))
                {
                    return body;
                }
            }
        }

        return -1;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int CountDigits(string text, int i) => SkipDigits(text, i) - i;

    private static bool IsWordChar(string text, int i) =>
        i >= 0 && i < text.Length && (char.IsLetter(text[i]) || char.IsNumber(text[i]) || text[i] == '_');
}
