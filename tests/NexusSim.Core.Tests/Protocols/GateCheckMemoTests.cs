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

        var first = memo.Check(CheckKind.Structure, "report\nh1\n", Input(Missing));
        var again = memo.Check(CheckKind.Structure, "report\nh1\n", Input(Missing));

        Assert.Equal(1, memo.Runs);
        Assert.NotEmpty(first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Check_ChangedContentUnderANewKey_RunsAgainAndJudgesTheNewContent()
    {
        var memo = new GateCheckMemo();
        var before = memo.Check(CheckKind.Structure, "report\nh1\n", Input(Missing));

        var after = memo.Check(CheckKind.Structure, "report\nh2\n", Input(Whole));

        Assert.Equal(2, memo.Runs);
        Assert.NotEmpty(before);
        Assert.Empty(after);
    }

    [Fact]
    public void Check_AnotherCheckOnTheSameContent_IsNotAnsweredFromTheFirstChecksFindings()
    {
        var memo = new GateCheckMemo();
        memo.Check(CheckKind.Structure, "report\nh1\n", Input(Missing));

        memo.Check(CheckKind.Voice, "report\nh1\n", Input(Missing));

        Assert.Equal(2, memo.Runs);
    }

    [Fact]
    public void Check_TwoEngagementsMemories_ShareNothing()
    {
        var one = new GateCheckMemo();
        var other = new GateCheckMemo();
        one.Check(CheckKind.Structure, "report\nh1\n", Input(Missing));

        var found = other.Check(CheckKind.Structure, "report\nh1\n", Input(Whole));

        Assert.Empty(found);
        Assert.Equal(1, other.Runs);
    }

    private static CheckInput Input(string markdown) => new(markdown, ["Findings", "Risks"], [], [], []);
}
