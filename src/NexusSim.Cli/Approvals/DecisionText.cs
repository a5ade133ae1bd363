using System.Text;

namespace NexusSim.Cli.Approvals;

/// <summary>
/// A human's decision text (a reason, which may become a caveat) as the run can keep it: NUL characters,
/// which the run's journal would cut the text at (so the audit entry's hash no longer matched its stored
/// reason), and unpaired surrogates, which no UTF-8 output file can hold, are dropped. Every other
/// character is kept; each output escapes it as its format needs.
/// </summary>
internal static class DecisionText
{
    /// <summary><paramref name="text"/> without NUL characters and unpaired surrogates.</summary>
    public static string Keepable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (c == '\0' || (char.IsSurrogate(c) && !pair))
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
