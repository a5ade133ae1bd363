using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// A reviewer's evidence covers what its gate judges: a gate that does not check structure passes a
/// draft with a section missing without remarking on it (another gate catches it), and a gate that
/// does check structure names the section and fails the draft.
/// </summary>
public sealed class StubReviewerNotesTests
{
    private const string Markdown = "# Readiness Report: Harbor Mutual\n\n## Findings\n\nWe mapped 46 stakeholders across 4 business units [S6].\n\n## Sources\n\n- [S6] Interview notes\n";

    [Fact]
    public void Judge_GateWithoutStructureCheck_PassesWithoutNotingTheMissingSection()
    {
        var verdict = Reviewer().Judge(Request("evidence; analytics"));

        Assert.Equal("pass", verdict[ActionArgs.Verdict]);
        var evidence = Assert.IsType<string>(verdict[ActionArgs.Evidence]);
        Assert.Contains("'Findings' opens", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommendations", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_GateWithStructureCheck_NamesTheMissingSectionAndFails()
    {
        var verdict = Reviewer().Judge(Request("structure"));

        Assert.Equal("needs_work", verdict[ActionArgs.Verdict]);
        Assert.Contains("Missing or empty: 'Recommendations'.", Assert.IsType<string>(verdict[ActionArgs.Evidence]), StringComparison.Ordinal);
    }

    private static StubReviewer Reviewer() =>
        new(new StubContext(7, new StubOptions { ReviewerFallibility = 0 }, ContentSamples.Library, ContentSamples.Library.BannedPhrases, new DefectLedger()));

    private static StubRequest Request(string checks) => new(
        ReviewCards.Card(checks, ["Findings", "Recommendations"]),
        new Dictionary<string, string>(StringComparer.Ordinal) { ["client"] = "Harbor Mutual" },
        Markdown,
        [],
        [],
        [],
        []);
}
