using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NexusSim.Core.Engagements;
using NexusSim.Core.Time;

namespace NexusSim.Cli.Documents;

/// <summary>
/// Writes a deliverable as a .docx: a title page (with a "Released with caveats" block when an escalation
/// accepted the version on caveats; "Accepted with caveats", or "…, then rejected" when the human then rejected
/// it, when it was not released), then the Markdown with real headings and tables.
/// </summary>
internal static class DeliverableDocx
{
    /// <summary>Writes the current version of <paramref name="deliverable"/> next to its .md file (same name, .docx).</summary>
    public static void WriteBeside(string markdownPath, EngagementState state, DeliverableState deliverable)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(deliverable);
        var current = deliverable.Current ?? throw new ArgumentException("The deliverable has no version.", nameof(deliverable));
        string[] subtitle = [state.Brief.Client, $"{state.ServiceLine.Name} · {state.Manifest.Firm.Name}", $"Version {current.Number} · {deliverable.Status}"];
        var caveats = deliverable.CurrentWaivers.Select(w => w.Line).ToList();
        Write(Path.ChangeExtension(markdownPath, ".docx"), deliverable.Type.Name, subtitle, current.Markdown, caveats, CaveatsFile.Heading(deliverable), CaveatsFile.Note(deliverable));
    }

    /// <summary>
    /// Writes <paramref name="markdown"/> to <paramref name="path"/> under a title page naming the deliverable, the client
    /// and the firm; when <paramref name="caveats"/> has any, the title page also lists them under <paramref name="caveatsHeading"/>
    /// and <paramref name="caveatsNote"/> (what they mean for this version).
    /// </summary>
    public static void Write(string path, string title, IReadOnlyList<string> subtitleLines, string markdown, IReadOnlyList<string>? caveats = null, string caveatsHeading = CaveatsFile.ReleasedHeading, string caveatsNote = CaveatsFile.AcceptedNote)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(subtitleLines);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Fill(document, title, subtitleLines, markdown, caveats ?? [], caveatsHeading, caveatsNote);
        }

        // The zip entries carry the wall-clock time they were written; pin them so the same
        // deliverable gives the same bytes (and the same hash in the audit) on every run.
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = SimulatedClock.Epoch;
            }
        }

        File.WriteAllBytes(path, buffer.ToArray());
    }

    private static void Fill(WordprocessingDocument document, string title, IReadOnlyList<string> subtitleLines, string markdown, IReadOnlyList<string> caveats, string caveatsHeading, string caveatsNote)
    {
        // Fixed relationship ids and no core-properties part (its name is a fresh GUID): same input, same bytes.
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
        var body = new Body();
        body.Append(Styled(DocxStyles.Title, title));
        foreach (var line in subtitleLines)
        {
            body.Append(Styled(DocxStyles.Subtitle, line));
        }

        // Only a version with caveats gets the block: a document without any keeps its bytes.
        if (caveats.Count > 0)
        {
            body.Append(DocxCaveatBlock.Create(caveatsHeading, caveatsNote, caveats));
        }

        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        foreach (var element in MarkdownToDocx.Convert(markdown, skipFirstHeading: true))
        {
            body.Append(element);
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U },
            new TitlePage()));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(DocxText.Content(text)));
}
