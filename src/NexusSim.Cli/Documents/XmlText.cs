using System.Text;

namespace NexusSim.Cli.Documents;

/// <summary>
/// Text made safe for an XML 1.0 document: the control characters XML forbids (a brief or a model can
/// carry them, e.g. an ESC in a client name), U+FFFE/U+FFFF and unpaired surrogates are dropped.
/// </summary>
internal static class XmlText
{
    public static string Safe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var allowed = pair || c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
            if (!allowed)
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
