using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols;

public sealed class GateCheckMemoTests
{
    private const string Whole = "# Report: Client\n\n## Findings\n\nText.\n\n## Risks\n\nText.\n\n## Sources\n\n1. Brief.\n";
    private const string Missing = "# Report\n\n## Findings\n\nText.\n";

    [Fact]
    public void Check_SameCheckOnSameContentTwice_RunsOnceAndGivesTheSameFindings()
    {
        var memo = new GateCheckMemo();

        var first = memo.Check(CheckKind.Structure, "report\nh1", "", Input(Missing));
        var again = memo.Check(CheckKind.Structure, "report\nh1", "", Input(Missing));

        Assert.Equal(1, memo.Runs);
        Assert.NotEmpty(first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Check_ChangedContentUnderANewKey_RunsAgainAndJudgesTheNewContent()
    {
        var memo = new GateCheckMemo();
        var before = memo.Check(CheckKind.Structure, "report\nh1", "", Input(Missing));

        var after = memo.Check(CheckKind.Structure, "report\nh2", "", Input(Whole));

        Assert.Equal(2, memo.Runs);
        Assert.NotEmpty(before);
        Assert.Empty(after);
    }

    [Fact]
    public void Check_AnotherCheckOnTheSameContent_IsNotAnsweredFromTheFirstChecksFindings()
    {
        var memo = new GateCheckMemo();
        memo.Check(CheckKind.Structure, "report\nh1", "", Input(Missing));

        memo.Check(CheckKind.Voice, "report\nh1", "", Input(Missing));

        Assert.Equal(2, memo.Runs);
    }

    [Fact]
    public void Check_TwoEngagementsMemories_ShareNothing()
    {
        var one = new GateCheckMemo();
        var other = new GateCheckMemo();
        one.Check(CheckKind.Structure, "report\nh1", "", Input(Missing));

        var found = other.Check(CheckKind.Structure, "report\nh1", "", Input(Whole));

        Assert.Empty(found);
        Assert.Equal(1, other.Runs);
    }

    [Fact]
    public void Check_OtherDeliverablesChanged_RerunsOnlyTheCheckThatReadsThem()
    {
        var memo = new GateCheckMemo();
        var glossary = new[] { new GlossaryTerm("quick win", "A small early gain.", "delivery", ["easy win"], new SourceLocation("glossary.yaml", 1, 1)) };
        var before = new CheckInput(Facts("headcount = 2,400"), ["Findings", "Risks"], glossary, [], [Facts("headcount = 2,400")]);
        var after = before with { EarlierDeliverables = [Facts("headcount = 2,500")] };
        memo.Check(CheckKind.Structure, "report\nh1", "e1", before);
        var consistent = memo.Check(CheckKind.Consistency, "report\nh1", "e1", before);

        var structure = memo.Check(CheckKind.Structure, "report\nh1", "e2", after);
        var drift = memo.Check(CheckKind.Consistency, "report\nh1", "e2", after);

        Assert.Equal(3, memo.Runs);
        Assert.Empty(consistent);
        Assert.Contains(drift, i => i.Message.StartsWith("Key figure drift", StringComparison.Ordinal));
        Assert.Equal(memo.Check(CheckKind.Structure, "report\nh1", "e1", before), structure);
    }

    [Fact]
    public void ReadsEarlierDeliverables_EveryCheckThatSaysNo_GivesTheSameFindingsWhateverTheEarlierDeliverables()
    {
        // The memo leaves the other deliverables out of a check's key on the check's word: hold every
        // check that gives it to that, with earlier deliverables that would change a consistency finding.
        const string Markdown = "# Report: Client\n\nKey facts: headcount = 2,400\n\n## Findings\n\nAn easy win saves 18% [S1].\n\n## Sources\n\n- [S1] Brief.\n";
        var glossary = new[] { new GlossaryTerm("quick win", "A small early gain.", "delivery", ["easy win"], new SourceLocation("glossary.yaml", 1, 1)) };
        var alone = new CheckInput(Markdown, ["Findings"], glossary, ["easy win"], []);
        var beside = alone with { EarlierDeliverables = [Facts("headcount = 9,999"), "# Other\n\nquick win, easy win\n"] };

        foreach (var check in DeliverableChecks.All.Where(c => !c.ReadsEarlierDeliverables))
        {
            Assert.Equal(check.Check(alone), check.Check(beside));
        }

        Assert.NotEqual(DeliverableChecks.For(CheckKind.Consistency).Check(alone), DeliverableChecks.For(CheckKind.Consistency).Check(beside));
    }

    private static string Facts(string facts) => $"# Report: Client\n\nKey facts: {facts}\n\n## Findings\n\nText.\n\n## Risks\n\nText.\n\n## Sources\n\n- [S1] Brief.\n";

    private static CheckInput Input(string markdown) => new(markdown, ["Findings", "Risks"], [], [], []);
}
