using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

public sealed class ContentLibraryRepairTests
{
    private static readonly DefectKind[] AllKinds =
        [DefectKind.MissingSection, DefectKind.UnsourcedNumber, DefectKind.Cliche, DefectKind.InconsistentTerm];

    public static TheoryData<DefectKind> Kinds => new(AllKinds);

    public static TheoryData<ulong> Seeds => new(1UL, 2UL, 3UL, 17UL, 256UL, 9001UL);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Repair_IssuesOfOneDefect_YieldsADraftThatPasses(DefectKind kind)
    {
        var request = ContentSamples.Request(defects: [kind]);
        var draft = ContentSamples.Library.Compose(request);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.AllIssues(draft.Markdown, request), request);

        Assert.Empty(ContentSamples.AllIssues(repaired.Markdown, request));
        Assert.Empty(repaired.Defects);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Repair_AllDefectsOnAnySectionList_YieldsADraftThatPasses(ulong seed)
    {
        var sections = (seed % 3) switch
        {
            0 => ContentSamples.ReadinessSections,
            1 => ContentSamples.RoadmapSections,
            _ => ContentSamples.UnknownSections,
        };
        var request = ContentSamples.Request(sections, AllKinds, seed);
        var draft = ContentSamples.Library.Compose(request);
        Assert.Equal(4, draft.Defects.Count);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.AllIssues(draft.Markdown, request), request);

        Assert.Empty(ContentSamples.AllIssues(repaired.Markdown, request));
        Assert.Empty(repaired.Defects);
    }

    [Theory]
    [InlineData(DefectKind.MissingSection)]
    [InlineData(DefectKind.UnsourcedNumber)]
    public void Repair_MissingSectionOrCitation_RestoresTheCleanDraftExactly(DefectKind kind)
    {
        var request = ContentSamples.Request(defects: [kind]);
        var clean = ContentSamples.Library.Compose(request with { Defects = [] });
        var draft = ContentSamples.Library.Compose(request);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.AllIssues(draft.Markdown, request), request);

        Assert.Equal(clean.Markdown, repaired.Markdown);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    [InlineData(5UL)]
    [InlineData(6UL)]
    [InlineData(7UL)]
    [InlineData(8UL)]
    public void Repair_UnsourcedFigureThatCitedTwoSources_RestoresBothCitations(ulong seed)
    {
        // Every dimension section states a score against its peer median, citing the scoring and the peer benchmark.
        var request = ContentSamples.Request(["Technical Infrastructure", "Data Maturity", "Regulatory Posture", "AI/ML Footprint"], [DefectKind.UnsourcedNumber], seed);
        var clean = ContentSamples.Library.Compose(request with { Defects = [] });
        var draft = ContentSamples.Library.Compose(request);
        Assert.NotEqual(clean.Markdown, draft.Markdown);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.AllIssues(draft.Markdown, request), request);

        Assert.Equal(clean.Markdown, repaired.Markdown);
        Assert.Empty(ContentSamples.AllIssues(repaired.Markdown, request));
    }

    [Fact]
    public void Repair_OnlySomeIssues_FixesThoseAndReportsTheRest()
    {
        var request = ContentSamples.Request(defects: [DefectKind.Cliche, DefectKind.UnsourcedNumber]);
        var draft = ContentSamples.Library.Compose(request);
        var voiceOnly = ContentSamples.AllIssues(draft.Markdown, request).Where(i => i.Is(FeedbackItem.Voice)).ToList();

        var repaired = ContentSamples.Library.Repair(draft.Markdown, voiceOnly, request);

        var remaining = Assert.Single(repaired.Defects);
        Assert.Equal(DefectKind.UnsourcedNumber, remaining.Kind);
        var issue = Assert.Single(ContentSamples.GateIssues(repaired.Markdown, request));
        Assert.Equal(CheckKind.Evidence, issue.Check);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Repair_InsertedCliche_CutsTheSentenceTheCleanDraftNeverHad(ulong seed)
    {
        // The planted sentence is filler dropped into any section; rewriting its phrase would leave it there, off topic.
        var request = ContentSamples.Request(defects: [DefectKind.Cliche], seed: seed);
        var clean = ContentSamples.Library.Compose(request with { Defects = [] });
        var draft = ContentSamples.Library.Compose(request);
        var phrase = draft.Defects[0].Target;

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.Feedback([new GateIssue(CheckKind.Voice, "Banned phrase", phrase)]), request);

        Assert.False(PhraseMatcher.Contains(repaired.Markdown, phrase));
        Assert.Equal(clean.Markdown, repaired.Markdown);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Repair_GlossaryVariant_RestoresTheCleanDraft(ulong seed)
    {
        // A variant swapped into the author's sentence is put back; a sentence added only to carry the variant is cut.
        var request = ContentSamples.Request(defects: [DefectKind.InconsistentTerm], seed: seed);
        var clean = ContentSamples.Library.Compose(request with { Defects = [] });
        var draft = ContentSamples.Library.Compose(request);
        Assert.NotEqual(clean.Markdown, draft.Markdown);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.AllIssues(draft.Markdown, request), request);

        Assert.Equal(clean.Markdown, repaired.Markdown);
    }

    [Fact]
    public void Repair_VariantParagraphAddedToASectionEditedSince_CutsOnlyTheAddedParagraph()
    {
        // An integration step may have changed another line of the section since the variant came in.
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var lines = clean.Split('\n').ToList();
        var edited = lines.FindIndex(l => l.StartsWith("## ", StringComparison.Ordinal)) + 2;
        lines[edited] = lines[edited] + " The sponsor confirmed this in week two [S1].";
        lines.Insert(edited + 1, string.Empty);
        lines.Insert(edited + 2, "Every workstream reports against the same AI bot, so the steering group compares like with like.");
        var draft = string.Join('\n', lines);

        var repaired = ContentSamples.Library.Repair(draft, ContentSamples.Feedback([new GateIssue(CheckKind.Consistency, "Forbidden variant of the glossary term 'agentic system'", "AI bot")]), request);

        Assert.DoesNotContain("steering group compares like with like", repaired.Markdown, StringComparison.Ordinal);
        Assert.Contains("The sponsor confirmed this in week two [S1].", repaired.Markdown, StringComparison.Ordinal);
        Assert.Equal(clean.Split('\n').Length, repaired.Markdown.Split('\n').Length);
    }

    [Fact]
    public void Repair_ClicheInASentenceTheAuthorMeant_RewritesThePhraseAndKeepsTheSentence()
    {
        // A banned phrase inside a sentence of the clean draft (here: put there by hand) is rewritten, not cut.
        var request = ContentSamples.Request();
        var clean = ContentSamples.Library.Compose(request).Markdown;
        var line = clean.Split('\n').First(l => l.Length > 40 && !l.StartsWith('#') && !l.StartsWith('|') && !l.StartsWith("Key facts", StringComparison.Ordinal));
        var meant = line.Replace(line, line.TrimEnd('.') + " to unlock value.", StringComparison.Ordinal);
        var draft = clean.Replace(line, meant, StringComparison.Ordinal);

        var repaired = ContentSamples.Library.Repair(draft, ContentSamples.Feedback([new GateIssue(CheckKind.Voice, "Banned phrase", "unlock value")]), request);

        Assert.False(PhraseMatcher.Contains(repaired.Markdown, "unlock value"));
        Assert.Equal(clean.Split('\n').Length, repaired.Markdown.Split('\n').Length);
        Assert.Contains(line.TrimEnd('.')[..30], repaired.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_ReviewerIssueOnly_LeavesTheTextAsItWas()
    {
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, ContentSamples.Feedback([new GateIssue(null, "Tone is too cautious", null)]), request);

        Assert.Equal(draft.Markdown, repaired.Markdown);
    }

    [Fact]
    public void Repair_CitationToAMissingSource_ListsTheSource()
    {
        var request = ContentSamples.Request();
        var markdown = ContentSamples.Library.Compose(request).Markdown
            .Replace("\n## Sources\n", "\nOne more figure: 12% [S99].\n\n## Sources\n", StringComparison.Ordinal);
        var issues = ContentSamples.AllIssues(markdown, request);
        Assert.Contains(issues, i => i.Target == "S99");

        var repaired = ContentSamples.Library.Repair(markdown, issues, request);

        Assert.Empty(ContentSamples.AllIssues(repaired.Markdown, request));
        Assert.Contains("- [S99] Engagement working papers for Harbor Mutual", repaired.Markdown, StringComparison.Ordinal);
    }
}
