using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NexusSim.Cli.Documents;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Tests.Hostile;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// End to end: the human, through <c>--approver file:PATH</c>, accepts an escalation with a hostile caveat
/// (HTML and script, a Markdown heading on a new line, a spreadsheet formula, control characters, a lone
/// surrogate, a very long text). The five-agent firm with the memo's author reporting to the human, the
/// citation gate capped at one attempt and every first draft made to fail it, so the memo's escalation
/// reaches the human; the run pauses for the decision (exit 4), and run again with it, releases the memo on
/// that caveat. Every client-facing output carries the caveat as text, never as markup.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed partial class HostileCaveatRunTests : IDisposable
{
    private const string Memo = "research_memo";
    private const string Board = "- deliverable: authority_digest\n  decision: approve\n  reason: sound and sourced\n- deliverable: research_memo\n  decision: approve\n  reason: sound and sourced\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// The hostile caveat, built in code (a lone surrogate cannot stand in an attribute): <paramref name="odd"/>
    /// stands where the lone surrogate goes, for the decisions file, which cannot hold one.
    /// </summary>
    internal static string HostileCaveat(string odd)
    {
        var text = new StringBuilder();
        text.Append("<script>alert(1)</script> \"><img src=x onerror=alert(2)> ");
        text.Append("=HYPERLINK(\"http://x.invalid\",\"click\") ");
        text.Append("bell\u0007 esc\u001b[2J del\u007f nul\u0000 lone ").Append(odd).Append(" surrogate ");
        text.Append("[link](javascript:alert(3)) *bold* | a | table |\n# Injected heading\n\r\n## Another\u2028### Third ");
        text.Append(string.Concat(Enumerable.Repeat("long caveat text ", 600)));
        text.Append("end");
        return text.ToString();
    }

    // A YAML double-quoted scalar holding exactly value: printable ASCII as is, everything else escaped.
    private static string YamlQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            text.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                >= ' ' and <= '~' => rune.ToString(),
                > 0xFFFF => string.Create(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
            });
        }

        return text.Append('"').ToString();
    }

    [GeneratedRegex(@"escalation (esc-\d{3})")]
    private static partial Regex EscalationId();

    // The firm and the Board's decisions; returns the decisions file.
    private async Task<string> FirmAsync()
    {
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, _temp.Combine("firm"));
        FirmCopy.EditGate(manifest, "citation_check", maxAttempts: 1);
        const string Options = "options: [reassign, narrow the question, extend the deadline, accept with recorded risk]";
        var text = await File.ReadAllTextAsync(manifest);
        Assert.Contains(Options, text, StringComparison.Ordinal);
        Assert.Contains("reports_to: iris", text, StringComparison.Ordinal); // only the memo's author reports to iris
        await File.WriteAllTextAsync(manifest, text
            .Replace(Options, "options: [reassign, accept with recorded risk]", StringComparison.Ordinal)
            .Replace("reports_to: iris", "reports_to: supervising_attorney", StringComparison.Ordinal));
        var decisions = _temp.Combine("decisions.yaml");
        await File.WriteAllTextAsync(decisions, Board);
        return decisions;
    }

    // Through the decisions file: the run pauses for the escalation, then runs again with the hostile decision.
    private async Task<(RunOutput Run, string Caveat)> RunAsync()
    {
        var decisions = await FirmAsync();
        using var environment = EnvironmentScope.FirstDraftsFailTheirGates();

        var (paused, pausedErrors) = await RunOnceAsync(string.Empty, "file:" + decisions);
        Assert.True(paused == 4, pausedErrors);
        var id = EscalationId().Match(pausedErrors).Groups[1].Value;
        Assert.Contains("to supervising_attorney", pausedErrors, StringComparison.Ordinal);
        var caveat = HostileCaveat("\U0001F600");
        await File.AppendAllTextAsync(decisions, $"- escalation: {id}\n  decision: accept with recorded risk\n  reason: {YamlQuoted(caveat)}\n");

        var (exit, errors) = await RunOnceAsync(string.Empty, "file:" + decisions);

        Assert.True(exit == 0, errors);
        var run = Directory.GetDirectories(Out).Select(RunOutput.At).Single(r => r.Text("status") != "awaiting_approval");
        return (run, caveat);
    }

    private string Out => _temp.Combine("out");

    private async Task<(int Exit, string Errors)> RunOnceAsync(string lines, string approver)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = new CliConsole(HostileConsoleTests.Plain(output), HostileConsoleTests.Plain(errors)) { LineInput = new StringReader(lines) };
        var exit = await CliApplication.RunAsync(["run", "--out", Out, "--quiet", "--manifest", _temp.Combine("firm"), "--approver", approver], console);
        return (exit, output + errors.ToString());
    }

    // The memo's caveats as summary.json states them.
    private static List<string> SummaryCaveats(RunOutput run) =>
        [.. run.Summary.GetProperty("deliverables").EnumerateArray().Single(d => d.GetProperty("id").GetString() == Memo)
            .GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!)];

    [Fact]
    public async Task Run_HumanAcceptsWithHostileCaveat_SummaryJsonHoldsItTheAuditVerifiesAndTheMemoIsReleased()
    {
        var (run, caveat) = await RunAsync();

        var memo = run.Deliverables().Single(d => d.Id == Memo);
        Assert.Equal("released", memo.Status);
        var stated = Assert.Single(SummaryCaveats(run), c => c.Contains("(supervising_attorney)", StringComparison.Ordinal));
        Assert.Contains("<script>alert(1)</script> \"><img src=x onerror=alert(2)> =HYPERLINK(", stated, StringComparison.Ordinal);
        Assert.Contains("\n# Injected heading", stated, StringComparison.Ordinal);
        Assert.EndsWith("long caveat text end", stated, StringComparison.Ordinal);
        // The journal cannot keep a NUL (it cut the reason there, and the audit no longer verified): it is dropped, the rest kept.
        Assert.Contains("del\u007f nul lone \U0001F600 surrogate", stated, StringComparison.Ordinal);
        // summary.json is valid UTF-8 JSON that parses back to the same string.
        var json = await File.ReadAllBytesAsync(Path.Combine(run.Directory, "summary.json"));
        var reparsed = JsonDocument.Parse(json).RootElement.GetProperty("deliverables").EnumerateArray().Single(d => d.GetProperty("id").GetString() == Memo).GetProperty("caveats");
        Assert.Contains(reparsed.EnumerateArray(), c => c.GetString() == stated);
        var verify = await CliRunner.RunAsync("audit", "verify", run.Directory);
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains(caveat.Replace("\0", string.Empty, StringComparison.Ordinal), stated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HumanAcceptsWithHostileCaveat_ReportShowsItEscapedWithNoLiveTag()
    {
        var (run, _) = await RunAsync();

        var report = await File.ReadAllTextAsync(Path.Combine(run.Directory, "report.html"));

        Assert.DoesNotContain("<script", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<h1>Injected heading", report, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]", report);
        var start = report.IndexOf($"id=\"d-{Memo}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the memo's section");
        var section = report[start..report.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains(CaveatsFile.ReleasedHeading, section, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", section, StringComparison.Ordinal);
        Assert.Contains("&gt;&lt;img src=x onerror=alert(2)&gt;", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HumanAcceptsWithHostileCaveat_DocxOpensValidItsTitlePageHoldsThePlainText()
    {
        var (run, _) = await RunAsync();
        var stated = Assert.Single(SummaryCaveats(run), c => c.Contains("(supervising_attorney)", StringComparison.Ordinal));
        var docx = Path.Combine(run.Directory, "deliverables", Memo + ".docx");

        using (var document = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            // The title page: the title, subtitles, the block's heading and sentence, one paragraph per caveat; nothing styled as a heading.
            var titlePage = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .TakeWhile(p => !p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)).ToList();
            Assert.DoesNotContain(titlePage, p => p.InnerText.StartsWith("# Injected", StringComparison.Ordinal) || p.InnerText.StartsWith("Injected", StringComparison.Ordinal));
            Assert.DoesNotContain(titlePage.SelectMany(p => p.Descendants<Hyperlink>()), h => true);
        }

        var caveats = CaveatFilesTests.DocxCaveats(docx, CaveatsFile.ReleasedHeading);
        var shown = Assert.Single(caveats, c => c.Contains("(supervising_attorney)", StringComparison.Ordinal));
        // Line by line: each line ending the human wrote (CR LF, CR or LF) is one line break.
        Assert.Equal(XmlText.Safe(stated).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), shown);
        Assert.Contains("<script>alert(1)</script>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(shown, c => c is '\u0000' or '\u0007' or '\u001b');
        Assert.Contains("\U0001F600", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HumanAcceptsWithHostileCaveat_CaveatsFileGainsNoHeadingNoMarkupOneItemPerCaveat()
    {
        var (run, _) = await RunAsync();
        var caveats = SummaryCaveats(run);
        var path = CaveatsFile.PathBeside(Path.Combine(run.Directory, "deliverables", Memo + ".md"));

        var text = await File.ReadAllTextAsync(path);
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        var heading = Assert.Single(document.Descendants<HeadingBlock>());
        Assert.Equal(1, heading.Level);
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        var list = Assert.Single(document.Descendants<ListBlock>());
        Assert.Equal(caveats.Count, list.Count);
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<EmphasisInline>());
        Assert.Empty(document.Descendants<Markdig.Extensions.Tables.Table>());
        Assert.Equal(caveats.Count, text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.DoesNotMatch("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]", text);
        Assert.Contains(CaveatFilesTests.SidecarCaveats(path), c => c.Contains("<script>alert(1)</script>", StringComparison.Ordinal) && c.Contains(" # Injected heading", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_DecisionsFileWithALoneSurrogateInACaveat_RefusedNamingTheFileAndLineNothingRun()
    {
        var decisions = await FirmAsync();
        await File.AppendAllTextAsync(decisions, "- escalation: esc-001\n  decision: accept with recorded risk\n  reason: \"lone \\uD800 surrogate\"\n");

        var (exit, errors) = await RunOnceAsync(string.Empty, "file:" + decisions);

        Assert.Equal(2, exit);
        Assert.Contains(decisions + ":9: not valid YAML", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any(), "nothing is run");
    }

    [Fact]
    public async Task Run_PipedHumanAcceptsWithALoneSurrogateInTheCaveat_EveryOutputValidUtf8TheDocxValidTheAuditVerifies()
    {
        await FirmAsync();
        using var environment = EnvironmentScope.FirstDraftsFailTheirGates();
        // Piped, the decision is one line: its line breaks become spaces, the lone surrogate stays.
        var caveat = HostileCaveat("\uD800").Replace('\n', ' ').Replace('\r', ' ');
        var lines = $"approve sound and sourced\naccept with recorded risk {caveat}\n" + string.Concat(Enumerable.Repeat("approve sound and sourced\n", 4));

        var (exit, errors) = await RunOnceAsync(lines, "console");

        Assert.True(exit == 0, errors);
        var run = RunOutput.Single(Out);
        Assert.Equal("released", run.Deliverables().Single(d => d.Id == Memo).Status);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var file in new[] { "summary.json", "report.html", Path.Combine("deliverables", Memo + CaveatsFile.Suffix) })
        {
            var text = strict.GetString(await File.ReadAllBytesAsync(Path.Combine(run.Directory, file)));
            Assert.Contains("onerror=alert(2)", text, StringComparison.Ordinal);
        }

        var stated = Assert.Single(SummaryCaveats(run), c => c.Contains("(supervising_attorney)", StringComparison.Ordinal));
        Assert.Contains("<script>alert(1)</script>", stated, StringComparison.Ordinal);
        Assert.DoesNotContain(stated, char.IsSurrogate);
        using (var document = WordprocessingDocument.Open(Path.Combine(run.Directory, "deliverables", Memo + ".docx"), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }

        Assert.Contains(CaveatFilesTests.DocxCaveats(Path.Combine(run.Directory, "deliverables", Memo + ".docx"), CaveatsFile.ReleasedHeading), c => c == XmlText.Safe(stated));
        var verify = await CliRunner.RunAsync("audit", "verify", run.Directory);
        Assert.True(verify.ExitCode == 0, verify.Output);
    }
}
