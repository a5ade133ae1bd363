using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Gates;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The defects only a careful reviewer can find: planted and recorded like the others, invisible to
/// every deterministic check, and repaired when a reviewer's note quotes them and says what to write.
/// </summary>
public sealed class ContentLibraryReviewOnlyDefectTests
{
    public static TheoryData<DefectKind> Kinds => [DefectKind.WrongFigure, DefectKind.MisattributedCitation, DefectKind.UnsupportedRecommendation];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compose_ReviewOnlyDefect_IsRecordedAndNoDeterministicCheckSeesIt(DefectKind kind)
    {
        var planted = 0;
        foreach (var seed in Seeds)
        {
            var request = ContentSamples.Request(defects: [kind], seed: seed);
            var clean = ContentSamples.Library.Compose(request with { Defects = [] });

            var draft = ContentSamples.Library.Compose(request);

            if (draft.Defects.Count == 0)
            {
                Assert.Equal(clean.Markdown, draft.Markdown);
                continue;
            }

            planted++;
            var defect = Assert.Single(draft.Defects);
            Assert.Equal(kind, defect.Kind);
            Assert.NotEqual(clean.Markdown, draft.Markdown);
            Assert.Contains(defect.Target, draft.Markdown, StringComparison.Ordinal);
            Assert.DoesNotContain(defect.Target, clean.Markdown, StringComparison.Ordinal);
            Assert.Equal(Issues(clean.Markdown, request), Issues(draft.Markdown, request));
        }

        Assert.True(planted >= Seeds.Length / 2, $"{kind} was planted in only {planted} of {Seeds.Length} drafts");
    }

    [Fact]
    public void Compose_WrongFigure_ChangesOneFigureAndKeepsTheCitation()
    {
        foreach (var defect in PlantedAcrossSeeds(DefectKind.WrongFigure))
        {
            var before = Figures.Find(defect.Detail);
            var after = Figures.Find(defect.Target);
            Assert.Equal(before.Count, after.Count);
            Assert.Equal(1, before.Zip(after).Count(p => p.First != p.Second));
            Assert.Equal(Figures.Citations(defect.Detail), Figures.Citations(defect.Target));
        }
    }

    [Fact]
    public void Compose_MisattributedCitation_CitesAnotherListedSourceThatIsNeitherBriefNorBenchmark()
    {
        foreach (var seed in Seeds)
        {
            var draft = ContentSamples.Library.Compose(ContentSamples.Request(defects: [DefectKind.MisattributedCitation], seed: seed));
            foreach (var defect in draft.Defects)
            {
                var was = Assert.Single(Figures.Citations(defect.Detail).Distinct());
                var now = Assert.Single(Figures.Citations(defect.Target).Distinct());
                Assert.NotEqual(was, now);
                var listed = draft.Markdown.Split('\n').Single(l => l.StartsWith($"- [S{now}] ", StringComparison.Ordinal));
                Assert.DoesNotContain("brief", listed, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("benchmark", listed, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(Figures.StripCitations(defect.Detail), Figures.StripCitations(defect.Target));
            }
        }
    }

    [Fact]
    public void Compose_UnsupportedRecommendation_AddsAFigureFreeUncitedSentence()
    {
        foreach (var defect in PlantedAcrossSeeds(DefectKind.UnsupportedRecommendation))
        {
            Assert.Empty(Figures.Find(defect.Target));
            Assert.Empty(Figures.Citations(defect.Target));
            Assert.Contains("Harbor Mutual", defect.Target, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Repair_ReviewerNoteQuotingTheDefect_GivesBackTheCleanDraft(DefectKind kind)
    {
        var request = ContentSamples.Request(defects: [kind], seed: Seeds.First(s => ContentSamples.Library.Compose(ContentSamples.Request(defects: [kind], seed: s)).Defects.Count > 0));
        var draft = ContentSamples.Library.Compose(request);
        var defect = Assert.Single(draft.Defects);
        var note = kind == DefectKind.UnsupportedRecommendation ? "Not supported. " + ReviewFix.RemoveIt : "Wrong. " + ReviewFix.WriteInstead + defect.Detail;
        var feedback = ContentSamples.Feedback([new GateIssue(null, note, defect.Target)]);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, feedback, request with { Defects = [] });

        Assert.DoesNotContain(defect.Target, repaired.Markdown, StringComparison.Ordinal);
        Assert.Empty(ContentSamples.Library.StillPresent(repaired.Markdown, draft.Defects));
        Assert.Equal(ContentSamples.Library.Compose(request with { Defects = [] }).Markdown, repaired.Markdown);
    }

    [Fact]
    public void Repair_ReviewerNoteWithoutAnInstruction_ChangesNothing()
    {
        var request = ContentSamples.Request(defects: [DefectKind.WrongFigure], seed: Seeds.First(s => ContentSamples.Library.Compose(ContentSamples.Request(defects: [DefectKind.WrongFigure], seed: s)).Defects.Count > 0));
        var draft = ContentSamples.Library.Compose(request);
        var defect = Assert.Single(draft.Defects);
        var feedback = ContentSamples.Feedback([new GateIssue(null, "I am not sure about this figure.", defect.Target)]);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, feedback, request with { Defects = [] });

        Assert.Contains(defect.Target, repaired.Markdown, StringComparison.Ordinal);
        Assert.Single(ContentSamples.Library.StillPresent(repaired.Markdown, draft.Defects));
    }

    private static readonly ulong[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8];

    private static List<PlantedDefect> PlantedAcrossSeeds(DefectKind kind)
    {
        var planted = Seeds.SelectMany(s => ContentSamples.Library.Compose(ContentSamples.Request(defects: [kind], seed: s)).Defects).ToList();
        Assert.True(planted.Count >= 2, $"{kind} was planted in fewer than two drafts");
        return planted;
    }

    private static List<string> Issues(string markdown, DraftRequest request) =>
        [.. ContentSamples.GateIssues(markdown, request).Select(i => $"{i.Check}: {i.Message}: {i.Target}").Order(StringComparer.Ordinal)];
}
