using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NexusSim.Cli.Documents;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

public sealed class DeliverableDocxTests : IClassFixture<ReportRunsFixture>
{
    private readonly ReportRunsFixture _runs;

    public DeliverableDocxTests(ReportRunsFixture runs) => _runs = runs;

    [Theory]
    [InlineData("default")]
    [InlineData("five-agent")]
    public void Run_AnyFirm_WritesADocxBesideEachDeliverableThatPassesTheValidator(string firm)
    {
        var folder = Path.Combine(_runs.Run(firm).Directory, "deliverables");
        var markdown = Directory.GetFiles(folder, "*.md");
        Assert.NotEmpty(markdown);

        foreach (var md in markdown)
        {
            var docx = Path.ChangeExtension(md, ".docx");
            Assert.True(File.Exists(docx), $"{docx} is missing");
            using var document = WordprocessingDocument.Open(docx, false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{Path.GetFileName(docx)}: {string.Join("; ", errors)}");
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("five-agent")]
    public void Run_AnyFirm_DocxHasATitlePageRealHeadingsAndRealTables(string firm)
    {
        var run = _runs.Run(firm);
        foreach (var deliverable in run.Summary.GetProperty("deliverables").EnumerateArray().Where(d => d.TryGetProperty("file", out var f) && f.ValueKind == System.Text.Json.JsonValueKind.String))
        {
            var md = Path.Combine(run.Directory, deliverable.GetProperty("file").GetString()!);
            var lines = File.ReadAllLines(md);
            using var document = WordprocessingDocument.Open(Path.ChangeExtension(md, ".docx"), false);
            var body = document.MainDocumentPart!.Document!.Body!;
            var styleIds = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
            Assert.Contains("Heading1", styleIds);
            Assert.Contains("Heading2", styleIds);

            var first = body.Elements<Paragraph>().First();
            Assert.Equal("Title", first.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            Assert.Equal(deliverable.GetProperty("name").GetString(), first.InnerText);
            Assert.Contains(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);

            var headings = body.Elements<Paragraph>().Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2");
            Assert.Equal(lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)), headings);
            var tables = lines.Count(l => l.StartsWith("|---", StringComparison.Ordinal) || l.StartsWith("| ---", StringComparison.Ordinal));
            Assert.Equal(tables, body.Elements<Table>().Count());
        }
    }

    [Fact]
    public void Write_HostileMarkdown_StaysValidAndKeepsTheTextLiteral()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("x.docx");
        const string markdown = "# T\n\n<script>alert(1)</script> bell\u0007 **bold** *it*\n\n| a | b |\n|---|---|\n| 1 |\n\n- one\n  - nested\n1. first\n\n> quote\n\n```\ncode\n```\n";

        DeliverableDocx.Write(path, "Title <x>", ["sub"], markdown);

        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
        Assert.Single(document.MainDocumentPart.Document.Body!.Elements<Table>());
    }

    [Fact]
    public void Write_ControlCharactersInTitleAndSubtitle_StaysValidWithoutThem()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("x.docx");

        DeliverableDocx.Write(path, "Evil\u001b[2J Bank \ud800", ["for Evil\u001b Bank\u0000"], "# T\n\ntext\n");

        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Evil[2J Bank", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameInputTwice_GivesIdenticalBytes()
    {
        using var temp = new TempDirectory();

        DeliverableDocx.Write(temp.Combine("a.docx"), "T", ["s"], "# T\n\n## H\n\ntext\n");
        DeliverableDocx.Write(temp.Combine("b.docx"), "T", ["s"], "# T\n\n## H\n\ntext\n");

        Assert.Equal(File.ReadAllBytes(temp.Combine("a.docx")), File.ReadAllBytes(temp.Combine("b.docx")));
    }
}
