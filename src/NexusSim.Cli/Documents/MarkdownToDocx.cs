using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace NexusSim.Cli.Documents;

/// <summary>
/// Turns deliverable Markdown into Word body elements: headings as Heading1-3 paragraphs, pipe
/// tables as Word tables, lists as indented list paragraphs, emphasis as bold or italic runs.
/// Raw HTML is not interpreted: it comes out as its literal text.
/// </summary>
internal static class MarkdownToDocx
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static IEnumerable<OpenXmlElement> Convert(string markdown, bool skipFirstHeading)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        var skipped = !skipFirstHeading;
        foreach (var block in document)
        {
            if (!skipped && block is HeadingBlock { Level: 1 })
            {
                skipped = true;
                continue;
            }

            foreach (var element in Block(block, 0))
            {
                yield return element;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> Block(Block block, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                yield return Paragraph(DocxStyles.Heading(heading.Level), Runs(heading.Inline));
                break;
            case MdTable table:
                yield return Table(table);
                yield return new Paragraph();
                break;
            case ListBlock list:
                var number = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}.\t" : "•\t";
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock paragraph)
                        {
                            first = false;
                            var p = Paragraph(DocxStyles.ListParagraph, [Text(marker), .. Runs(paragraph.Inline)]);
                            p.ParagraphProperties!.Append(new Indentation { Left = (720 + (depth * 360)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" });
                            yield return p;
                            continue;
                        }

                        foreach (var element in Block(child, depth + 1))
                        {
                            yield return element;
                        }
                    }
                }

                break;
            case ParagraphBlock paragraph:
                yield return Paragraph(null, Runs(paragraph.Inline));
                break;
            case LeafBlock leaf:
                yield return Paragraph(null, [Text(leaf.Lines.ToString())]);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    foreach (var element in Block(child, depth))
                    {
                        yield return element;
                    }
                }

                break;
        }
    }

    private static WTable Table(MdTable table)
    {
        var word = new WTable(new TableProperties(new TableStyle { Val = DocxStyles.Table }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        var columns = table.OfType<MdTableRow>().Select(r => r.Count).DefaultIfEmpty(1).Max();
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        word.Append(grid);
        foreach (var row in table.OfType<MdTableRow>())
        {
            var wordRow = new TableRow();
            if (row.IsHeader)
            {
                wordRow.Append(new TableRowProperties(new TableHeader()));
            }

            var cells = row.OfType<MdTableCell>().ToList();
            for (var i = 0; i < columns; i++)
            {
                var inline = i < cells.Count ? cells[i].OfType<ParagraphBlock>().FirstOrDefault()?.Inline : null;
                var runs = Runs(inline);
                if (row.IsHeader)
                {
                    foreach (var run in runs)
                    {
                        (run.RunProperties ??= new RunProperties()).PrependChild(new Bold());
                    }
                }

                wordRow.Append(new TableCell(Paragraph(null, runs)));
            }

            word.Append(wordRow);
        }

        return word;
    }

    private static Paragraph Paragraph(string? style, IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties());
        if (style is not null)
        {
            paragraph.ParagraphProperties!.Append(new ParagraphStyleId { Val = style });
        }

        foreach (var run in runs)
        {
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static List<Run> Runs(ContainerInline? inline)
    {
        var runs = new List<Run>();
        if (inline is not null)
        {
            AppendRuns(runs, inline, bold: false, italic: false);
        }

        return runs;
    }

    private static void AppendRuns(List<Run> runs, Inline inline, bool bold, bool italic)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(Text(literal.Content.ToString(), bold, italic));
                break;
            case CodeInline code:
                runs.Add(Text(code.Content, bold, italic));
                break;
            case LineBreakInline:
                runs.Add(Text(" ", bold, italic));
                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis)
                {
                    AppendRuns(runs, child, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1);
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendRuns(runs, child, bold, italic);
                }

                break;
            case HtmlInline html:
                runs.Add(Text(html.Tag, bold, italic));
                break;
            case HtmlEntityInline entity:
                runs.Add(Text(entity.Transcoded.ToString(), bold, italic));
                break;
        }
    }

    private static Run Text(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(DocxText.Content(text));
        return run;
    }
}
