using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Content;

public sealed class ContentLibraryDefectTests
{
    public static TheoryData<DefectKind, CheckKind> KindsAndChecks => new()
    {
        { DefectKind.MissingSection, CheckKind.Structure },
        { DefectKind.UnsourcedNumber, CheckKind.Evidence },
        { DefectKind.Cliche, CheckKind.Voice },
        { DefectKind.InconsistentTerm, CheckKind.Consistency },
    };

    [Theory]
    [MemberData(nameof(KindsAndChecks))]
    public void Compose_OneDefect_IsRecordedAndCaughtOnlyByItsCheck(DefectKind kind, CheckKind check)
    {
        var request = ContentSamples.Request(defects: [kind]);

        var draft = ContentSamples.Library.Compose(request);

        var defect = Assert.Single(draft.Defects);
        Assert.Equal(kind, defect.Kind);
        var issue = Assert.Single(ContentSamples.GateIssues(draft.Markdown, request));
        Assert.Equal(check, issue.Check);
        Assert.Equal(defect.Target, issue.Target, ignoreCase: true);
    }

    [Fact]
    public void Compose_MissingSection_NeverDropsSources()
    {
        var request = ContentSamples.Request(["Executive summary", "Sources"], [DefectKind.MissingSection]);

        var draft = ContentSamples.Library.Compose(request);

        Assert.Equal("Executive summary", Assert.Single(draft.Defects).Target);
        Assert.Contains("\n## Sources\n", draft.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n## Executive summary\n", draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_UnsourcedNumber_RecordsTheSentenceWithoutItsCitation()
    {
        var draft = ContentSamples.Library.Compose(ContentSamples.Request(defects: [DefectKind.UnsourcedNumber]));

        var defect = Assert.Single(draft.Defects);
        Assert.Contains(defect.Detail, draft.Markdown, StringComparison.Ordinal);
        Assert.Empty(Figures.Citations(defect.Detail));
        Assert.Contains(defect.Target, Figures.Find(defect.Detail));
    }

    [Fact]
    public void Compose_InconsistentTermPresentInText_ReplacesTheTermWithAVariant()
    {
        var request = ContentSamples.Request(defects: [DefectKind.InconsistentTerm], seed: 5) with
        {
            Glossary = [new GlossaryTermText("readiness score", ["readiness index"])],
        };

        var draft = ContentSamples.Library.Compose(request);

        var defect = Assert.Single(draft.Defects);
        Assert.Equal("readiness index", defect.Target, ignoreCase: true);
        Assert.Equal("readiness score", defect.Detail);
        Assert.Contains(defect.Target, draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_InconsistentTermWithoutGlossaryVariants_PlantsNothing()
    {
        var request = ContentSamples.Request(defects: [DefectKind.InconsistentTerm]) with { Glossary = [] };

        var draft = ContentSamples.Library.Compose(request);

        Assert.Empty(draft.Defects);
        Assert.Empty(ContentSamples.AllIssues(draft.Markdown, request));
    }

    [Fact]
    public void Compose_TwoClichés_PlantsTwoDifferentPhrases()
    {
        var request = ContentSamples.Request(defects: [DefectKind.Cliche, DefectKind.Cliche]);

        var draft = ContentSamples.Library.Compose(request);

        Assert.Equal(2, draft.Defects.Select(d => d.Target).Distinct().Count());
        Assert.Equal(2, ContentSamples.GateIssues(draft.Markdown, request).Count(i => i.Check == CheckKind.Voice));
    }
}
