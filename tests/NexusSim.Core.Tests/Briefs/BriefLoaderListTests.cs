using NexusSim.Core.Briefs;

namespace NexusSim.Core.Tests.Briefs;

/// <summary>
/// A brief's lists name each item once: a constraint listed twice was addressed twice in one
/// deliverable ("interviews capped at four hours per executive" in two paragraphs of the Readiness
/// Report), so it is refused at the repeat, as the manifest's lists are.
/// </summary>
public sealed class BriefLoaderListTests
{
    private const string Head =
        "client: Acme (fictional)\nindustry: Retail\nregion: EU\nheadcount: 500\nsituation: Growing.\n" +
        "stalled_pilot: Stalled.\nbudget_usd: 2000000\nconstraints:\n";

    [Theory]
    [InlineData("  - Interviews capped at four hours\n  - Data stays in the EU\n  - Interviews capped at four hours\n")]
    [InlineData("  - Interviews capped at four hours\n  - Data stays in the EU\n  - interviews  capped at four HOURS \n")] // case and spacing aside
    public void Load_ConstraintListedTwice_ReportsTheRepeatAtItsLine(string items)
    {
        var result = BriefLoader.Load(Head + items, "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("constraints", 11), (error.Field, error.Line));
        Assert.Contains("twice (first at line 9); keep one.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConstraintsThatDifferInAWord_AreBothKept()
    {
        var result = BriefLoader.Load(Head + "  - Interviews capped at four hours\n  - Interviews capped at three hours\n", "brief.yaml");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Brief!.Constraints.Count);
    }
}
