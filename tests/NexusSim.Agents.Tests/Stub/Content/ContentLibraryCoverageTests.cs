using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>Every section template of the shipped library, written in one deliverable, across seeds and briefs.</summary>
public sealed class ContentLibraryCoverageTests
{
    private static readonly DefectKind[] AllKinds =
        [DefectKind.MissingSection, DefectKind.UnsourcedNumber, DefectKind.Cliche, DefectKind.InconsistentTerm];

    public static TheoryData<ulong, bool> Cases => new()
    {
        { 0, true },
        { 1, false },
        { 2, true },
        { 3, false },
        { 11, true },
        { 12, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compose_EveryTemplateHeading_PassesEveryCheck(ulong seed, bool insurer)
    {
        var request = Request(seed, insurer, []);

        var draft = ContentSamples.Library.Compose(request);

        Assert.Empty(ContentSamples.AllIssues(draft.Markdown, request));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Repair_EveryTemplateHeadingWithAllDefects_Passes(ulong seed, bool insurer)
    {
        var request = Request(seed, insurer, AllKinds);
        var draft = ContentSamples.Library.Compose(request);
        var issues = ContentSamples.AllIssues(draft.Markdown, request);
        Assert.Equal(draft.Defects.Count, issues.Count);

        var repaired = ContentSamples.Library.Repair(draft.Markdown, issues, request);

        Assert.Empty(ContentSamples.AllIssues(repaired.Markdown, request));
    }

    private static DraftRequest Request(ulong seed, bool insurer, IReadOnlyList<DefectKind> defects)
    {
        var headings = Directory.GetFiles(Path.Combine(ContentSamples.PromptsDirectory, "content"), "*.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.StartsWith("# section: ", StringComparison.Ordinal))
            .Select(l => l["# section: ".Length..])
            .Where(h => h != "*")
            .Append("An unheard-of heading")
            .ToList();
        return ContentSamples.Request(headings, defects, seed, insurer ? ContentSamples.Insurer : ContentSamples.Bakery);
    }
}
