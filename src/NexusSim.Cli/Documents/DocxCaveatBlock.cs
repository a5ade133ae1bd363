using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NexusSim.Cli.Documents;

/// <summary>
/// The boxed block a deliverable's title page carries when its version was released (or passed) on caveats
/// an escalation accepted: a heading, one sentence saying what it means, and one paragraph per caveat.
/// Direct formatting only, so the styles part, and with it every document without caveats, stays as it was.
/// </summary>
internal static class DocxCaveatBlock
{
    private const string Red = "9C2A00";

    /// <summary>The block's paragraphs: <paramref name="heading"/>, <paramref name="note"/> (what it means), then each of <paramref name="caveats"/>.</summary>
    public static IEnumerable<Paragraph> Create(string heading, string note, IReadOnlyList<string> caveats)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(caveats);
        yield return Boxed(heading, bold: true, color: Red, size: "28", indent: false);
        yield return Boxed(note, bold: false, color: null, size: null, indent: false);
        foreach (var caveat in caveats)
        {
            yield return Boxed("\u2022 " + caveat, bold: false, color: null, size: null, indent: true);
        }
    }

    // Adjacent paragraphs with the same borders and shading render as one box.
    private static Paragraph Boxed(string text, bool bold, string? color, string? size, bool indent)
    {
        var properties = new ParagraphProperties(
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 12U, Space = 4U, Color = Red },
                new LeftBorder { Val = BorderValues.Single, Size = 12U, Space = 4U, Color = Red },
                new BottomBorder { Val = BorderValues.Single, Size = 12U, Space = 4U, Color = Red },
                new RightBorder { Val = BorderValues.Single, Size = 12U, Space = 4U, Color = Red }),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FDF0EC" });
        if (indent)
        {
            properties.Append(new Indentation { Left = "284", Hanging = "284" });
        }

        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (color is not null)
        {
            runProperties.Append(new Color { Val = color });
        }

        if (size is not null)
        {
            runProperties.Append(new FontSize { Val = size });
        }

        var run = new Run(DocxText.Content(text));
        if (runProperties.HasChildren)
        {
            run.PrependChild(runProperties);
        }

        return new Paragraph(properties, run);
    }
}
