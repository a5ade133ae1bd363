using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>A firm's own content, house rules and brief schema, read from its manifest folder.</summary>
public sealed class RunCommandFirmContentTests
{
    [Fact]
    public async Task Run_LegalFirm_WritesFromItsOwnLibraryWithNoFallback()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Equal(0, run.Number("fallback_sections"));
        Assert.All(run.Summary.GetProperty("deliverables").EnumerateArray(), d => Assert.Equal(0, d.GetProperty("fallback_sections").GetInt32()));
        var texts = run.DeliverableFiles().Select(f => System.Text.Encoding.UTF8.GetString(f.Value)).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t =>
        {
            Assert.Contains("Key facts: jurisdictions = ", t, StringComparison.Ordinal);
            Assert.Contains("C.F.R.", t, StringComparison.Ordinal);
            Assert.DoesNotContain("readiness", t, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("No content for", t, StringComparison.Ordinal);
            Assert.Contains("California", t, StringComparison.Ordinal);
            Assert.Contains("Texas", t, StringComparison.Ordinal);
            Assert.StartsWith("## Question Presented", t[t.IndexOf("\n## ", StringComparison.Ordinal)..].TrimStart(), StringComparison.Ordinal);
        });

        // Every authority cited is one of the firm's own sources (client name filled in).
        var library = File.ReadAllLines(Path.Combine(Paths.FiveAgentFirm, "content", "00-sources.md"))
            .Where(l => l.StartsWith("text: ", StringComparison.Ordinal))
            .Select(l => l["text: ".Length..].Replace("{client}", run.Text("client"), StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var cited = texts.SelectMany(t => t.Split('\n')).Where(l => l.StartsWith("- [S", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(']', StringComparison.Ordinal) + 2)..]).ToList();
        Assert.True(cited.Count >= 6, $"only {cited.Count} sources cited");
        Assert.All(cited, c => Assert.Contains(c, library));
        Assert.Contains(texts, t => t.Contains("## Short Answer", StringComparison.Ordinal) && t.Contains("45 C.F.R.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SectionWrittenOnlyForTheFirmsLine_IsNotCountedAsAFallback()
    {
        using var firm = new TempDirectory();
        using var output = new TempDirectory();
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, firm.Path);
        // The Short Answer block scoped to the firm's one service line (Regulatory Research Package):
        // the draft is written from it, so summary.json must not count it as the generic fallback.
        var sections = Path.Combine(firm.Path, "content", "10-memo-sections.md");
        var text = File.ReadAllText(sections);
        const string Block = "# section: Short Answer\naliases: answer, brief answer, summary answer\nkeywords: short, answer, brief\n";
        Assert.Contains(Block, text, StringComparison.Ordinal);
        File.WriteAllText(sections, text.Replace(Block, Block + "service-lines: regulatory\n", StringComparison.Ordinal));

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", manifest);

        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output.Path);
        Assert.Contains(run.DeliverableFiles().Select(f => System.Text.Encoding.UTF8.GetString(f.Value)), t => t.Contains("## Short Answer", StringComparison.Ordinal) && t.Contains("45 C.F.R.", StringComparison.Ordinal));
        Assert.Equal(0, run.Number("fallback_sections"));
    }

    [Theory]
    [InlineData("fields:\n  matter: {type: string}\n", "brief-schema.yaml:2", "NX0080")]
    [InlineData("fields:\n  stalled_pilot: {type: text, required: true}\n", "stalled_pilot", "Required field 'stalled_pilot' is missing")]
    [InlineData("fields:\n  client: {type: text, required: false}\n", "brief-schema.yaml:2", "cannot be made optional")]
    public async Task Run_FirmBriefSchemaBrokenOrUnmet_ExitsTwoNamingFileAndField(string schema, string where, string what)
    {
        using var firm = new TempDirectory();
        using var output = new TempDirectory();
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, firm.Path);
        File.WriteAllText(Path.Combine(firm.Path, "brief-schema.yaml"), schema);

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", manifest);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(where, result.Output, StringComparison.Ordinal);
        Assert.Contains(what, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(output.Path));
    }

    [Fact]
    public async Task Run_FirmContentMalformed_ExitsTwoNamingFileLineAndCode()
    {
        using var firm = new TempDirectory();
        using var output = new TempDirectory();
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, firm.Path);
        File.AppendAllText(Path.Combine(firm.Path, "content", "10-memo-sections.md"), "\n# section: Extra\nkeyword: x\n## variant\nText [@brief].\n");

        var result = await CliRunner.RunEngagementAsync(output.Path, "--manifest", manifest);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("10-memo-sections.md:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Unknown attribute 'keyword'", result.Output, StringComparison.Ordinal);
        Assert.Contains("NX0081", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(output.Path));
    }

    [Fact]
    public async Task Run_FirmContentEdited_NewRunIdNotTheOldRun()
    {
        using var firm = new TempDirectory();
        using var output = new TempDirectory();
        var manifest = FirmCopy.Create(Paths.FiveAgentFirm, firm.Path);
        var first = await CliRunner.RunEngagementAsync(output.Path, "--manifest", manifest);
        var sources = Path.Combine(firm.Path, "content", "00-sources.md");
        File.WriteAllText(sources, File.ReadAllText(sources).Replace("Client intake memorandum", "Client intake note", StringComparison.Ordinal));

        var second = await CliRunner.RunEngagementAsync(output.Path, "--manifest", manifest);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var runs = Directory.GetDirectories(output.Path).Select(RunOutput.At).ToList();
        Assert.Equal(2, runs.Count);
        Assert.Single(runs, r => r.DeliverableFiles().Values.Any(b => System.Text.Encoding.UTF8.GetString(b).Contains("Client intake note", StringComparison.Ordinal)));
    }
}
