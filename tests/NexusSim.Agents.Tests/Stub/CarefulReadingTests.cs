using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>
/// A careful reviewer notices the defects no check can see with the configured chance, only at a gate
/// whose checks cover the kind, only while the text shows them, and the same way every time.
/// </summary>
public sealed class CarefulReadingTests
{
    private const string Figure = "We mapped 46 stakeholders across 4 business units [S6].";
    private const string Markdown = "# Readiness Report: Harbor Mutual\n\n## Findings\n\n" + Figure + "\n\n## Sources\n\n- [S6] Interview notes\n";

    private static readonly IReadOnlyDictionary<string, string> Brief = new Dictionary<string, string>(StringComparer.Ordinal) { ["client"] = "Harbor Mutual" };

    [Fact]
    public void Notes_CatchRateOne_NotesTheDefectWithTheTextToWriteInstead()
    {
        var context = Context(catchRate: 1, new PlantedDefect(DefectKind.WrongFigure, Figure, "We mapped 38 stakeholders across 4 business units [S6]."));

        var notes = CarefulReading.Notes(context, Card("evidence; analytics"), Markdown, Brief);

        var note = Assert.Single(notes);
        Assert.Equal(Figure, note.Target);
        Assert.EndsWith(ReviewFix.WriteInstead + "We mapped 38 stakeholders across 4 business units [S6].", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_CatchRateZero_NotesNothing()
    {
        var context = Context(catchRate: 0, new PlantedDefect(DefectKind.WrongFigure, Figure, "x"));

        Assert.Empty(CarefulReading.Notes(context, Card("analytics"), Markdown, Brief));
    }

    [Fact]
    public void Notes_GateWhoseChecksDoNotCoverTheKind_NotesNothing()
    {
        // A wrong figure is the analytical gate's concern; a gate of structure and voice does not read for it.
        var context = Context(catchRate: 1, new PlantedDefect(DefectKind.WrongFigure, Figure, "x"));

        Assert.Empty(CarefulReading.Notes(context, Card("structure; voice"), Markdown, Brief));
    }

    [Fact]
    public void Notes_DefectACheckCanSee_IsLeftToTheChecks()
    {
        var context = Context(catchRate: 1, new PlantedDefect(DefectKind.UnsourcedNumber, "46", Figure));

        Assert.Empty(CarefulReading.Notes(context, Card("evidence; analytics"), Markdown, Brief));
    }

    [Fact]
    public void Notes_OtherVersionCarriesTheDefect_NotesNothing()
    {
        // The ledger speaks for the version it recorded; a text that no longer shows the sentence has nothing to find.
        var context = Context(catchRate: 1, new PlantedDefect(DefectKind.WrongFigure, Figure, "x"));
        var edited = Markdown.Replace("46", "38", StringComparison.Ordinal);

        Assert.Empty(CarefulReading.Notes(context, Card("analytics"), edited, Brief));
    }

    [Fact]
    public void Notes_HalfCatchRate_IsKeyedByAttemptAndRepeatsForTheSameKey()
    {
        var defects = Enumerable.Range(0, 40)
            .Select(i => new PlantedDefect(DefectKind.UnsupportedRecommendation, $"We also recommend option {i}.", "Findings"))
            .ToArray();
        var text = Markdown + string.Join("\n", defects.Select(d => d.Target)) + "\n";
        var context = Context(catchRate: 0.5, defects, text);

        var first = CarefulReading.Notes(context, Card("consistency"), text, Brief);
        var again = CarefulReading.Notes(context, Card("consistency"), text, Brief);
        var retry = CarefulReading.Notes(context, Card("consistency") with { Attempt = 2 }, text, Brief);

        Assert.Equal(first, again);
        Assert.InRange(first.Count, 5, 35);
        Assert.NotEqual(first, retry);
    }

    [Fact]
    public void Notes_UnnamedClientWithTheBriefInContext_NotesTheTitleNamingTheBriefsClient()
    {
        const string unnamed = "# Readiness Report: the client\n\n## Findings\n\nText.\n";
        var context = Context(1, [new PlantedDefect(DefectKind.UnnamedClient, "Readiness Report: the client", "unnamed")], unnamed);

        var note = Assert.Single(CarefulReading.Notes(context, Card("consistency"), unnamed, Brief));

        Assert.Equal("Readiness Report: the client", note.Target);
        Assert.Contains("Harbor Mutual", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_UnnamedClientWithTheBriefCutFromTheReviewersContext_NotNoticed()
    {
        const string unnamed = "# Readiness Report: the client\n\n## Findings\n\nText.\n";
        var context = Context(1, [new PlantedDefect(DefectKind.UnnamedClient, "Readiness Report: the client", "unnamed")], unnamed);

        Assert.Empty(CarefulReading.Notes(context, Card("consistency"), unnamed, new Dictionary<string, string>()));
    }

    [Fact]
    public void Notes_UnnamedClientAtAGateWithoutTheConsistencyCheck_NotNoticed()
    {
        const string unnamed = "# Readiness Report: the client\n\n## Findings\n\nText.\n";
        var context = Context(1, [new PlantedDefect(DefectKind.UnnamedClient, "Readiness Report: the client", "unnamed")], unnamed);

        Assert.Empty(CarefulReading.Notes(context, Card("structure; voice"), unnamed, Brief));
    }

    private static StubContext Context(double catchRate, PlantedDefect defect) => Context(catchRate, [defect], Markdown);

    private static StubContext Context(double catchRate, PlantedDefect[] defects, string markdown)
    {
        var ledger = new DefectLedger();
        ledger.Record(DefectLedger.HashOf(markdown), defects);
        return new StubContext(7, new StubOptions { ReviewerCatchRate = catchRate }, ContentSamples.Library, ContentSamples.Library.BannedPhrases, ledger);
    }

    private static TaskCard Card(string checks) => ReviewCards.Card(checks);
}
