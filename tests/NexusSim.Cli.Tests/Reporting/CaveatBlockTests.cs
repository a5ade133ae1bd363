using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using NexusSim.Cli.Documents;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>The caveat block of a .docx and the caveats file: hostile caveat text lands as literal text; no caveats, no block, no file.</summary>
public sealed class CaveatBlockTests : IClassFixture<ReportRunsFixture>
{
    private const string Hostile = "esc-001 (iris): <script>alert(1)</script> & </w:t><w:t>x ]]> bell\u0007 esc\u001b[2J nul\u0000 [link](javascript:x) *bold*\nsecond line";

    private readonly ReportRunsFixture _runs;

    public CaveatBlockTests(ReportRunsFixture runs) => _runs = runs;

    [Theory]
    [InlineData("default")]
    [InlineData("five-agent")]
    public void Run_NoCaveats_NoBlockAndNoCaveatsFile(string firm)
    {
        var run = _runs.Run(firm);
        var folder = Path.Combine(run.Directory, "deliverables");

        Assert.All(run.Summary.GetProperty("deliverables").EnumerateArray(), d => Assert.Equal(0, d.GetProperty("caveats").GetArrayLength()));
        Assert.Empty(Directory.GetFiles(folder, "*" + CaveatsFile.Suffix));
        foreach (var docx in Directory.GetFiles(folder, "*.docx"))
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.DoesNotContain(CaveatsFile.ReleasedHeading, text, StringComparison.Ordinal);
            Assert.DoesNotContain(CaveatsFile.AcceptedHeading, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_NoCaveats_TitlePageHoldsOnlyTitleAndSubtitlesAndTheBytesOfNoArgument()
    {
        using var temp = new TempDirectory();

        DeliverableDocx.Write(temp.Combine("a.docx"), "T", ["s"], "# T\n\n## H\n\ntext\n");
        DeliverableDocx.Write(temp.Combine("b.docx"), "T", ["s"], "# T\n\n## H\n\ntext\n", [], CaveatsFile.ReleasedHeading);

        Assert.Equal(File.ReadAllBytes(temp.Combine("a.docx")), File.ReadAllBytes(temp.Combine("b.docx")));
        using var document = WordprocessingDocument.Open(temp.Combine("b.docx"), false);
        var titlePage = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .TakeWhile(p => !p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page));
        Assert.Equal(["T", "s"], titlePage.Select(p => p.InnerText));
    }

    [Fact]
    public void Write_HostileCaveat_StaysValidTheTextLiteralWithoutControlCharacters()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("x.docx");

        DeliverableDocx.Write(path, "T", ["s"], "# T\n\ntext\n", [Hostile, "second caveat"], CaveatsFile.ReleasedHeading);

        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var caveats = CaveatFilesTests.DocxCaveats(path, CaveatsFile.ReleasedHeading);
        Assert.Equal(2, caveats.Count);
        Assert.Contains("<script>alert(1)</script> & </w:t><w:t>x ]]> bell", caveats[0], StringComparison.Ordinal);
        Assert.DoesNotContain(caveats[0], c => c is '\u0007' or '\u001b' or '\u0000');
        Assert.Equal("second caveat", caveats[1]);
    }

    [Fact]
    public void Write_CaveatOverSeveralLines_EachLineEndsInABreakWhateverItsLineEnding()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("x.docx");

        DeliverableDocx.Write(path, "Title\r\nover two lines", ["s"], "# T\n\ntext\n", ["one\r\ntwo\nthree\rfour\n"], CaveatsFile.ReleasedHeading);

        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document!.Body!;
        var caveat = body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("\u2022 one", StringComparison.Ordinal)).Elements<Run>().Single();
        Assert.Equal(["\u2022 one", "two", "three", "four", string.Empty], caveat.Elements<Text>().Select(t => t.Text));
        Assert.Equal(4, caveat.Elements<Break>().Count());
        Assert.Equal(["Title", "over two lines"], body.Elements<Paragraph>().First().Descendants<Text>().Select(t => t.Text));
        Assert.DoesNotContain(body.Descendants<Text>(), t => t.Text.Contains('\r', StringComparison.Ordinal) || t.Text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Escape_HostileCaveat_RendersAsOneLineOfLiteralTextWithNoMarkup()
    {
        var line = "- " + CaveatsFile.Escape(Hostile);

        var html = Markdown.ToHtml(line);

        Assert.DoesNotContain('\n', line.TrimEnd());
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(line, c => c is '\u0007' or '\u001b' or '\u0000');
        var text = Markdown.ToPlainText(line).Trim();
        Assert.Equal("esc-001 (iris): <script>alert(1)</script> & </w:t><w:t>x ]]> bell esc[2J nul [link](javascript:x) *bold* second line", text);
    }
}
