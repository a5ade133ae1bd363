using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub.Independence;

/// <summary>The stub reads the feedback the gates wrote into its prompt with its own reader.</summary>
public sealed class FeedbackReaderTests
{
    public static TheoryData<string, string?> Issues => new()
    {
        { "Unsourced figure", "18%" },
        { "Missing section", "Risks" },
        { "Forbidden variant of 'readiness score'", "AI maturity score" },
        { "Key figure drift: \"x\" here, 12 in report", "readiness score" },
        { "A message with a \\ backslash and a \"quote\"", "target with \"quotes\", a \\ and\na line break" },
        { "Tone is too cautious", null },
        { "Ends with a colon:", null },
        { "Quoted: \"not a target\" then more", null },
    };

    [Theory]
    [MemberData(nameof(Issues))]
    public void Read_WrittenByTheGates_GivesBackMessageAndTarget(string message, string? target)
    {
        var written = GateIssueText.Format([new GateIssue(CheckKind.Consistency, message, target)]);

        var item = Assert.Single(FeedbackReader.Read("## Feedback to address\n" + written + "\n## Next\n"));

        Assert.Equal(FeedbackItem.Consistency, item.Label);
        Assert.Equal(message, item.Message);
        Assert.Equal(target, item.Target);
    }

    [Fact]
    public void Read_ReviewerIssueAndOtherLines_ReadsOnlyIssueLinesWithTheirLabels()
    {
        var written = GateIssueText.Format([new GateIssue(null, "Too vague", null), new GateIssue(CheckKind.Voice, "Banned phrase", "synergy")]);

        var items = FeedbackReader.Read("Some prose.\n- not an issue\n" + written);

        Assert.Equal(["review", FeedbackItem.Voice], items.Select(i => i.Label));
        Assert.Equal("synergy", items[1].Target);
    }
}
