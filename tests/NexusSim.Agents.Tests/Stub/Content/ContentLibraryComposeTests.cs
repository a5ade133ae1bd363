using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

public sealed class ContentLibraryComposeTests
{
    public static TheoryData<string, ulong> SectionLists => new()
    {
        { "readiness", 1 },
        { "readiness", 42 },
        { "roadmap", 7 },
        { "roadmap", 99 },
        { "unknown", 3 },
        { "unknown", 1234 },
    };

    [Theory]
    [MemberData(nameof(SectionLists))]
    public void Compose_NoDefects_PassesEveryDeliverableCheck(string list, ulong seed)
    {
        var request = ContentSamples.Request(Sections(list), seed: seed);

        var draft = ContentSamples.Library.Compose(request);

        Assert.Empty(ContentSamples.AllIssues(draft.Markdown, request));
        Assert.Empty(draft.Defects);
    }

    [Fact]
    public void Compose_BriefWithClicheAndSmallFirm_PassesEveryDeliverableCheck()
    {
        var request = ContentSamples.Request(ContentSamples.UnknownSections, brief: ContentSamples.Bakery);

        var draft = ContentSamples.Library.Compose(request);

        Assert.Empty(ContentSamples.AllIssues(draft.Markdown, request));
    }

    [Fact]
    public void Compose_SameRequest_IsByteIdentical()
    {
        var request = ContentSamples.Request(ContentSamples.RoadmapSections, [DefectKind.Cliche, DefectKind.UnsourcedNumber]);

        var first = ContentSamples.Library.Compose(request);
        var second = ContentLibrary.Load(ContentSamples.PromptsDirectory).Compose(request);

        Assert.Equal(first.Markdown, second.Markdown);
        Assert.Equal(first.Defects, second.Defects);
    }

    [Fact]
    public void Compose_DifferentSeed_ChangesTheFigures()
    {
        var first = ContentSamples.Library.Compose(ContentSamples.Request(seed: 1));
        var second = ContentSamples.Library.Compose(ContentSamples.Request(seed: 2));

        Assert.NotEqual(Figures.Find(Body(first.Markdown)), Figures.Find(Body(second.Markdown)));
    }

    [Fact]
    public void Compose_DifferentSeed_KeepsTheKeyFacts()
    {
        var first = ContentSamples.Library.Compose(ContentSamples.Request(seed: 1));
        var second = ContentSamples.Library.Compose(ContentSamples.Request(ContentSamples.RoadmapSections, seed: 2));

        Assert.Equal(KeyFactsLine.Parse(first.Markdown), KeyFactsLine.Parse(second.Markdown));
        Assert.Contains("headcount", KeyFactsLine.Parse(first.Markdown).Keys);
    }

    [Fact]
    public void Compose_Brief_NamesClientAndIndustryAndTitle()
    {
        var draft = ContentSamples.Library.Compose(ContentSamples.Request());

        Assert.StartsWith("# Readiness Report: Harbor Mutual\n", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("Harbor Mutual", Body(draft.Markdown), StringComparison.Ordinal);
        Assert.Contains("Insurance", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("claims", Body(draft.Markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_Headcount_IsQuotedFromTheBriefWithASource()
    {
        var draft = ContentSamples.Library.Compose(ContentSamples.Request());

        Assert.Contains("headcount = 4,200 [S", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("- [S1] Client brief, Harbor Mutual, engagement intake", draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RequiredSections_AppearInOrderWithSourcesLast()
    {
        var request = ContentSamples.Request(ContentSamples.UnknownSections);

        var draft = ContentSamples.Library.Compose(request);

        var headings = draft.Markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.Equal(["Executive summary", "Vendor landscape", "Bakery floor observations", "Lessons from 2024", "Sources"], headings);
    }

    [Fact]
    public void ReviewNotes_CompleteDraft_QuotesEachSectionAndCountsSources()
    {
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request);

        var notes = ContentSamples.Library.ReviewNotes(draft.Markdown, request.RequiredSections, AllChecks);

        Assert.Contains("'Readiness scores' opens \"", notes, StringComparison.Ordinal);
        Assert.Contains("Every required section is present.", notes, StringComparison.Ordinal);
        Assert.Contains("Figure statements with a source: ", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("'Sources' opens", notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CheckKind.Voice, false)]
    [InlineData(CheckKind.Consistency, false)]
    [InlineData(CheckKind.Evidence, true)]
    [InlineData(CheckKind.Analytics, true)]
    public void ReviewNotes_GateWithoutStructureCheck_NoMissingSectionNotedAndSourcesOnlyWhereFiguresAreChecked(CheckKind only, bool countsSources)
    {
        var request = ContentSamples.Request(defects: [DefectKind.MissingSection]);
        var draft = ContentSamples.Library.Compose(request);

        var notes = ContentSamples.Library.ReviewNotes(draft.Markdown, request.RequiredSections, new HashSet<CheckKind> { only });

        Assert.StartsWith("Evidence checked: '", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing or empty", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Every required section", notes, StringComparison.Ordinal);
        Assert.Equal(countsSources, notes.Contains("Figure statements with a source: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewNotes_MissingSection_NamesIt()
    {
        var request = ContentSamples.Request(defects: [DefectKind.MissingSection]);
        var draft = ContentSamples.Library.Compose(request);

        var notes = ContentSamples.Library.ReviewNotes(draft.Markdown, request.RequiredSections, new HashSet<CheckKind> { CheckKind.Structure });

        Assert.Contains($"Missing or empty: '{draft.Defects[0].Target}'.", notes, StringComparison.Ordinal);
    }

    private static readonly HashSet<CheckKind> AllChecks = [.. Enum.GetValues<CheckKind>()];

    private static IReadOnlyList<string> Sections(string list) => list switch
    {
        "readiness" => ContentSamples.ReadinessSections,
        "roadmap" => ContentSamples.RoadmapSections,
        _ => ContentSamples.UnknownSections,
    };

    private static string Body(string markdown) => markdown[markdown.IndexOf("\n## ", StringComparison.Ordinal)..markdown.IndexOf("\n## Sources", StringComparison.Ordinal)];
}
