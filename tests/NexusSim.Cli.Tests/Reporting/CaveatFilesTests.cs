using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NexusSim.Cli.Documents;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// A deliverable released on caveats says so to the client: its .docx title page lists them and a
/// <c>.caveats.md</c> stands beside its .md, both stating exactly summary.json's <c>caveats</c>; the .md stays the
/// approved text (its hash is <c>final_hash</c>).
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed partial class CaveatFilesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_ReleasedOnACaveat_DocxAndCaveatsFileStateSummaryCaveatsAndTheMdKeepsItsHash()
    {
        var (run, _) = await CaveatRun.RunAsync(_temp);

        var withCaveats = run.Summary.GetProperty("deliverables").EnumerateArray().Where(d => d.GetProperty("caveats").GetArrayLength() > 0).ToList();
        Assert.NotEmpty(withCaveats);
        foreach (var deliverable in withCaveats)
        {
            Assert.Equal("released", deliverable.GetProperty("status").GetString());
            var caveats = deliverable.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!).ToList();
            var md = Path.Combine(run.Directory, deliverable.GetProperty("file").GetString()!);
            Assert.Equal(deliverable.GetProperty("final_hash").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(md))));
            Assert.Equal(caveats, DocxCaveats(Path.ChangeExtension(md, ".docx"), CaveatsFile.ReleasedHeading));
            Assert.Equal(caveats, SidecarCaveats(CaveatsFile.PathBeside(md)));
        }
    }

    [Fact]
    public async Task Run_ReleasedOnACaveat_DocxIsValidAndTheRunLineListsTheCaveatsFiles()
    {
        var (run, output) = await CaveatRun.RunAsync(_temp);

        foreach (var docx in Directory.GetFiles(Path.Combine(run.Directory, "deliverables"), "*.docx"))
        {
            using var document = WordprocessingDocument.Open(docx, false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(run.Directory, "deliverables"), "*" + CaveatsFile.Suffix));
        Assert.Contains("deliverables/ (.md, .docx, .caveats.md)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReleasedOnACaveat_ReportShowsEachDeliverablesCaveatsInItsSection()
    {
        var (run, _) = await CaveatRun.RunAsync(_temp);
        var report = await File.ReadAllTextAsync(Path.Combine(run.Directory, "report.html"));

        foreach (var deliverable in run.Summary.GetProperty("deliverables").EnumerateArray())
        {
            var id = deliverable.GetProperty("id").GetString()!;
            var start = report.IndexOf($"id=\"d-{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, id);
            var section = report[start..report.IndexOf("</section>", start, StringComparison.Ordinal)];
            var caveats = deliverable.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!).ToList();
            var shown = ReportCaveatMatches(section).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(caveats, shown);
            Assert.Equal(caveats.Count > 0, section.Contains(CaveatsFile.ReleasedHeading, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("<div class=\"caveats\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ReportCaveatBlock();

    [GeneratedRegex("<li>(.*?)</li>")]
    private static partial Regex ReportCaveatItem();

    // The caveat items inside a section's caveats block (none without a block).
    private static IEnumerable<Match> ReportCaveatMatches(string section) =>
        ReportCaveatBlock().Matches(section).SelectMany(b => ReportCaveatItem().Matches(b.Value));

    /// <summary>The caveats the title page lists under <paramref name="heading"/>: the bulleted paragraphs before the page break.</summary>
    internal static List<string> DocxCaveats(string docx, string heading)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var titlePage = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .TakeWhile(p => !p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page))
            .Select(Shown)
            .ToList();
        Assert.Single(titlePage, t => t == heading);
        return [.. titlePage.SkipWhile(t => t != heading).Where(t => t.StartsWith("\u2022 ", StringComparison.Ordinal)).Select(t => t[2..])];
    }

    /// <summary>A paragraph's text as Word shows it: its text elements, a line break as a line feed.</summary>
    internal static string Shown(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text text => text.Text,
            Break => "\n",
            _ => string.Empty,
        }));

    /// <summary>The caveats a caveats file lists, its Markdown escapes undone.</summary>
    internal static List<string> SidecarCaveats(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Unescape().Replace(l[2..], "$1"))];

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Unescape();
}
