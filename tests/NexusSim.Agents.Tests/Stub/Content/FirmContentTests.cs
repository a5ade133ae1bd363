using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>Each shipped firm's library (its own content before the shared one) covers its deliverable types, on topic.</summary>
public sealed class FirmContentTests
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "to", "in", "on", "by", "with", "a", "an" };

    // Headings whose words do not appear in their text verbatim: the words a section on that topic must use.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Question Presented"] = ["asks", "question", "which", "what"],
        ["Short Answer"] = ["yes", "requires", "must", "bound"],
        ["Statutes and Regulations"] = ["code", "c.f.r", "rule", "statute"],
        ["Guidance"] = ["guidance", "warns", "explains"],
        ["Decisions"] = ["settlement", "court", "ftc", "matter", "enforcement"],
        ["Analysis"] = ["business associate", "disclaimer", "triggers", "turns on"],
        ["Risks"] = ["risk", "untested", "exposes", "unclear"],
        ["Recommendation"] = ["should", "prepare"],
    };

    [Fact]
    public void Library_LegalFirm_EveryRequiredSectionHasItsOwnTemplateOnTopic()
    {
        var (library, manifest) = Firm(Path.Combine("samples", "five-agent-firm"));

        var problems = Problems(library, manifest);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(manifest.DeliverableTypes.SelectMany(t => library.FallbackHeadings(t.RequiredSections)));
    }

    [Fact]
    public void Library_DefaultFirm_EveryRequiredSectionHasATemplateOnTopic()
    {
        var (library, manifest) = Firm("agents");

        var problems = Problems(library, manifest);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(manifest.DeliverableType)
            .SelectMany(t => library.FallbackHeadings(t.RequiredSections, l.IsLive(t.Phase)))));
    }

    // A heading a firm's library has no template for is counted as a fallback and written honestly.
    [Fact]
    public void Library_DefaultFirm_EveryHeadingWithoutTemplateIsCountedAndWrittenAsNoContent()
    {
        var (library, manifest) = Firm("agents");

        foreach (var (type, live) in manifest.ServiceLines.SelectMany(l => l.Deliverables.Select(d => (manifest.DeliverableType(d), l.IsLive(manifest.DeliverableType(d).Phase)))))
        {
            var fallbacks = library.FallbackHeadings(type.RequiredSections, live);
            var draft = library.Compose(new DraftRequest(type.Id, type.Name, "Line", type.RequiredSections, ContentSamples.Insurer, [], [], 5) { Live = live }).Markdown;

            Assert.Equal(type.RequiredSections.Where(h => library.TemplateVariants(h) is null), fallbacks.Where(h => library.TemplateVariants(h) is null));
            Assert.All(fallbacks, h => Assert.Contains($"## {h}\n\nNo content for {h} in the firm's content library", draft, StringComparison.Ordinal));
            Assert.Equal(fallbacks.Count, draft.Split("No content for ").Length - 1);
        }
    }

    private static (ContentLibrary Library, FirmManifest Manifest) Firm(string relative)
    {
        var folder = RepoFiles.Combine(relative);
        return (ContentLibrary.Load(RepoFiles.PromptsDirectory, folder), ManifestLoader.Load(folder).Manifest!);
    }

    private static List<string> Problems(ContentLibrary library, FirmManifest manifest)
    {
        var problems = new List<string>();
        foreach (var heading in manifest.DeliverableTypes.SelectMany(t => t.RequiredSections).Distinct(StringComparer.Ordinal).Where(h => h != "Sources"))
        {
            var variants = library.TemplateVariants(heading);
            if (variants is null)
            {
                problems.Add($"{heading}: falls back");
                continue;
            }

            var words = Synonyms.TryGetValue(heading, out var synonyms) ? synonyms : TopicWords(heading);
            problems.AddRange(variants.Where(v => !words.Any(w => v.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Select(v => $"{heading}: off topic ({string.Join('/', words)}): {v[..Math.Min(80, v.Length)]}"));
        }

        return problems;
    }

    [Fact]
    public void Library_LegalFirm_WritesNoReadinessTextAndCitesItsOwnAuthorities()
    {
        var folder = RepoFiles.Combine("samples", "five-agent-firm");
        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, folder);
        var manifest = ManifestLoader.Load(folder).Manifest!;
        var memo = manifest.DeliverableTypes.Single(t => t.RequiredSections.Contains("Short Answer"));

        var draft = library.Compose(new DraftRequest(memo.Id, memo.Name, "Regulatory Research Package", memo.RequiredSections, ContentSamples.Insurer, [], [], 7)).Markdown;

        Assert.DoesNotContain("readiness", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pilot", draft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("C.F.R.", draft, StringComparison.Ordinal);
        Assert.Contains("Key facts: jurisdictions = ", draft, StringComparison.Ordinal);
        Assert.Contains("## Question Presented", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Library_DefaultFirm_KeyFactsLineComesFromItsContent()
    {
        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine("agents"));

        var draft = library.Compose(ContentSamples.Request()).Markdown;

        Assert.Contains("readiness score = ", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FirmBlockSameKindAndName_ReplacesSharedBlock()
    {
        using var firm = new TempFirm();
        firm.Write("content/10-mine.md", "# section: Executive summary\n## variant\nOur own summary for {client} [@brief].\n");

        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, firm.Path);

        var variants = library.TemplateVariants("Executive summary");
        Assert.Equal(["Our own summary for {client} [@brief]."], variants);
        Assert.NotNull(library.TemplateVariants("Findings"));
    }

    [Fact]
    public void Load_FirmBannedPhrases_ReplaceSharedListAndDropSharedClichesItDoesNotBan()
    {
        using var firm = new TempFirm();
        firm.Write("voice/banned-phrases.txt", "# ours\nat the end of the day\n");
        firm.Write("content/90-cliches.md", "# cliche: at the end of the day\nrewrite: in the end\n## variant\nAt the end of the day, the work is done.\n");

        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, firm.Path);

        Assert.Equal(["at the end of the day"], library.BannedPhrases);
    }

    [Theory]
    [InlineData("content/10-bad.md", "# section: Findings\nkeyword: x\n## variant\nText [@brief].\n", "10-bad.md:1")]
    [InlineData("content/10-bad.md", "# widget: Findings\n", "10-bad.md:1")]
    [InlineData("content/20-dup.md", "# source: a\ntext: A\n\n# source: a\ntext: B\n", "20-dup.md:4")]
    [InlineData("content/30-cliche.md", "# cliche: synergy-ish\nrewrite: plain\n## variant\nSynergy-ish words.\n", "30-cliche.md:1")]
    public void Load_MalformedFirmFile_ErrorNamesFirmFileAndLine(string file, string text, string where)
    {
        using var firm = new TempFirm();
        firm.Write(file, text);

        var error = Assert.Throws<ContentLibraryException>(() => ContentLibrary.Load(RepoFiles.PromptsDirectory, firm.Path));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(firm.Path, error.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void FallbackHeadings_UnknownHeading_CountedAndWrittenHonestly()
    {
        var folder = RepoFiles.Combine("samples", "five-agent-firm");
        var library = ContentLibrary.Load(RepoFiles.PromptsDirectory, folder);
        string[] sections = ["Question Presented", "Zebra Husbandry Outlook"];

        var fallbacks = library.FallbackHeadings(sections);
        var draft = library.Compose(new DraftRequest("memo", "Memo", "Research", sections, ContentSamples.Insurer, [], [], 3)).Markdown;

        Assert.Equal(["Zebra Husbandry Outlook"], fallbacks);
        Assert.Contains("No content for Zebra Husbandry Outlook", draft, StringComparison.Ordinal);
    }

    private static string[] TopicWords(string heading) =>
        [.. heading.ToLowerInvariant().Split([' ', '-', '/', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .Select(w => w.Length > 5 ? w[..5] : w)];
}
