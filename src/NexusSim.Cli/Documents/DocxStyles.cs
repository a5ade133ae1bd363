using DocumentFormat.OpenXml.Wordprocessing;

namespace NexusSim.Cli.Documents;

/// <summary>The styles part of a deliverable's .docx: Normal, Title, Subtitle, Heading1-3 and a bordered table style.</summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Table = "NexusTable";
    public const string ListParagraph = "ListParagraph";

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 3)}";

    public static Styles Create()
    {
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "22" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(Paragraph(Title, "Title", 0, "56", bold: true, before: "2400"));
        styles.Append(Paragraph(Subtitle, "Subtitle", 0, "28", bold: false, before: "240"));
        styles.Append(Paragraph("Heading1", "heading 1", 0, "32", bold: true, before: "360"));
        styles.Append(Paragraph("Heading2", "heading 2", 1, "26", bold: true, before: "240"));
        styles.Append(Paragraph("Heading3", "heading 3", 2, "24", bold: true, before: "200"));
        styles.Append(new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { Type = StyleValues.Paragraph, StyleId = ListParagraph });
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        styles.Append(new Style(
            new StyleName { Val = "Nexus Table" },
            new PrimaryStyle(),
            new StyleTableProperties(border, new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table });
        return styles;
    }

    private static Style Paragraph(string id, string name, int outline, string size, bool bold, string before)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new Color { Val = "1F3864" }, new FontSize { Val = size });
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = before, After = "120" });
        if (id.StartsWith("Heading", StringComparison.Ordinal))
        {
            paragraph.Append(new OutlineLevel { Val = outline });
        }

        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
