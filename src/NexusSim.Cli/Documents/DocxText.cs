using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NexusSim.Cli.Documents;

/// <summary>
/// A run's content from plain text: its lines as text elements (made XML-safe, spaces kept) with a line
/// break between them. Word shows a line feed inside a text element as a space, and an XML reader turns
/// a CR LF into a LF, so a multi-line text (a human's caveat written over several lines) is kept as lines
/// only by breaks.
/// </summary>
internal static class DocxText
{
    public static IEnumerable<OpenXmlElement> Content(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return Piece(text[start..i]);
                yield return new Break();
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return Piece(text[start..]);
    }

    private static Text Piece(string text) => new(XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve };
}
