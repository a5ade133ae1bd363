using System.Text;

namespace NexusSim.Cli.Documents;

/// <summary>Drops characters from a text while keeping its surrogate pairs whole.</summary>
internal static class UnicodeFilter
{
    /// <summary>
    /// <paramref name="text"/> without its unpaired surrogates (no UTF-8 output can hold one) and without
    /// the other characters <paramref name="drop"/> says to drop; a surrogate pair is always kept. The same
    /// instance when nothing is dropped.
    /// </summary>
    public static string Without(string text, Func<char, bool> drop)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(drop);
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && (char.IsSurrogate(c) || drop(c)))
            {
                kept ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            kept?.Append(c);
            if (pair)
            {
                kept?.Append(text[i + 1]);
                i++;
            }
        }

        return kept?.ToString() ?? text;
    }
}
