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
        { "The cited source does not support this statement. Write instead: X [S4].", "Y [S2]." },
        { "Remove it.", "the line" },
        { "Really?", "" },
        { "Stop!", "\"quoted\" \\ and\na break" },
        { "Ends in the word. Quoted", "t" },
        { "Ends in the word. Quoted.", "t" },
        { "Escaped stop\\. Quoted", "t" },
        { "", "t" },
        { ".", "" },
    };

    // Pieces that stress the format: stops, the target word, colons, quotes, backslashes, line breaks.
    private static readonly string[] Pieces = ["", "x", ".", "!", "?", " ", " Quoted", "Quoted:", ": ", "\"", "\\", "\n", "\r"];

    private static readonly string?[] Targets = [null, "", "18%", "a \"b\" \\ c", "x. Quoted", "ends.", "line\nbreak"];

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
    public void Read_SentenceEndingMessageWrittenByTheGates_SplitsAtTheWordNotInsideTheMessage()
    {
        var written = GateIssueText.Format([new GateIssue(null, "Write instead: X [S4].", "Y [S2].")]);

        var item = Assert.Single(FeedbackReader.Read(written));

        Assert.Equal("- [review] Write instead: X [S4]. Quoted: \"Y [S2].\"\n", written);
        Assert.Equal(new FeedbackItem(FeedbackItem.Review, "Write instead: X [S4].", "Y [S2]."), item);
    }

    [Fact]
    public void Read_EveryCombinationOfAwkwardPiecesWrittenByTheGates_GivesBackMessageAndTarget()
    {
        var failures = new List<string>();
        var messages = from a in Pieces from b in Pieces from c in Pieces let m = a + b + c where !m.StartsWith(' ') select m;
        foreach (var message in messages)
        {
            // Whitespace around a line's ends is not kept: an untargeted message ending in a space is left out.
            foreach (var target in Targets.Where(t => t is not null || !message.EndsWith(' ')))
            {
                var written = GateIssueText.Format([new GateIssue(null, message, target)]);
                var read = FeedbackReader.Read("## Feedback to address\n" + written + "\n## Next\n");
                if (read.Count != 1 || read[0] != new FeedbackItem(FeedbackItem.Review, message, target))
                {
                    failures.Add(written);
                }
            }
        }

        Assert.Empty(failures);
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
