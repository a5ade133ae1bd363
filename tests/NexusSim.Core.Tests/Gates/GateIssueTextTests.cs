using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Gates;

/// <summary>
/// Issue lines read naturally whether or not the message ends a sentence, and every written line
/// reads back as the issue it was written from, however its message and target are shaped.
/// </summary>
public sealed class GateIssueTextTests
{
    // Pieces that stress the format: stops, the target word, colons, quotes, backslashes, line breaks.
    private static readonly string[] Pieces = ["", "x", ".", "!", "?", " ", " Quoted", "Quoted:", ": ", "\"", "\\", "\n", "\r"];

    private static readonly string?[] Targets = [null, "", "18%", "a \"b\" \\ c", "x. Quoted", "ends.", "line\nbreak"];

    public static TheoryData<string, string?> Shapes => new()
    {
        { "Unsourced figure", "18%" },
        { "The cited source does not support this statement. Write instead: X [S4].", "Y [S2]." },
        { "Remove it.", "target" },
        { "Really?", "" },
        { "Stop!", "\"quoted\" \\ and\na break" },
        { "Ends in the word. Quoted", "t" },
        { "Ends in the word. Quoted.", "t" },
        { "Escaped stop\\. Quoted", "t" },
        { "A message with a \\ backslash and a \"quote\".", "target with \"quotes\"" },
        { "Quoted: \"not a target\" then more", null },
        { "Ends with a colon:", "t" },
        { "Ends a sentence.", null },
        { "", "t" },
        { ".", "" },
    };

    [Fact]
    public void Format_MessageEndingASentence_IntroducesTheTargetWithTheWord()
    {
        var line = Format(null, "The cited source does not support this statement. Write instead: X [S4].", "Y [S2].");

        Assert.Equal("- [review] The cited source does not support this statement. Write instead: X [S4]. Quoted: \"Y [S2].\"", line);
        Assert.DoesNotContain(".:", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unsourced figure", "- [evidence] Unsourced figure: \"18%\"")]
    [InlineData("Unsourced figure?", "- [evidence] Unsourced figure? Quoted: \"18%\"")]
    [InlineData("Unsourced figure!", "- [evidence] Unsourced figure! Quoted: \"18%\"")]
    [InlineData("Unsourced figure. Quoted", "- [evidence] Unsourced figure\\. Quoted: \"18%\"")]
    public void Format_MessageShapes_ColonOnlyWithoutFinalStop(string message, string expected)
    {
        Assert.Equal(expected, Format(CheckKind.Evidence, message, "18%"));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parse_FormattedShape_GivesBackTheIssue(string message, string? target)
    {
        var issue = new GateIssue(null, message, target);

        Assert.Equal(issue, Assert.Single(GateIssueText.Parse(GateIssueText.Format([issue]))));
    }

    [Fact]
    public void Parse_EveryCombinationOfAwkwardPieces_GivesBackTheIssue()
    {
        var failures = new List<string>();
        foreach (var message in Messages())
        {
            foreach (var target in Targets.Where(t => t is not null || !message.EndsWith(' ')))
            {
                var issue = new GateIssue(CheckKind.Voice, message, target);
                var written = GateIssueText.Format([issue]);
                var read = GateIssueText.Parse("## Feedback\n" + written + "\n## Next\n");
                if (read.Count != 1 || read[0] != issue)
                {
                    failures.Add(written);
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Parse_OlderColonAfterAStop_ReadsTheStopAsTheMessage()
    {
        var issue = Assert.Single(GateIssueText.Parse("- [review] Remove it.: \"the line\""));

        Assert.Equal(new GateIssue(null, "Remove it.", "the line"), issue);
    }

    [Fact]
    public void Parse_WordWithoutAStopBeforeIt_StaysInTheMessage()
    {
        var issue = Assert.Single(GateIssueText.Parse("- [review] Text Quoted: \"t\""));

        Assert.Equal(new GateIssue(null, "Text Quoted", "t"), issue);
    }

    [Theory]
    [InlineData("- [evidence] Unsourced figure \"18%\"", "Unsourced figure", "18%")]
    [InlineData("- [voice] The phrase \"synergy\" is banned \"synergy\"", "The phrase \"synergy\" is banned", "synergy")]
    [InlineData("- [review] Cite the survey.   \"Adoption rose\"", "Cite the survey.", "Adoption rose")]
    public void Parse_PromptsShorthandWithASpaceBeforeTheQuote_ReadsTheTarget(string line, string message, string target)
    {
        var issue = Assert.Single(GateIssueText.Parse(line));

        Assert.Equal(new GateIssue(null, message, target), issue with { Check = null });
    }

    [Theory]
    [InlineData("- [review] He said\"x\"", "He said\"x\"")]
    [InlineData("- [review] \"only a quote\"", "\"only a quote\"")]
    [InlineData("- [review] ends in a quote\"", "ends in a quote\"")]
    public void Parse_QuoteNotOpenedAfterASpaceOrColon_NoTarget(string line, string message)
    {
        var issue = Assert.Single(GateIssueText.Parse(line));

        Assert.Equal(new GateIssue(null, message, null), issue);
    }

    private static string Format(CheckKind? check, string message, string? target) =>
        GateIssueText.Format([new GateIssue(check, message, target)]).TrimEnd('\n');

    // Up to three pieces; whitespace around a line's ends is not kept, so messages that would start
    // with a space are left out (and, above, untargeted ones that would end with one).
    private static IEnumerable<string> Messages() =>
        from a in Pieces
        from b in Pieces
        from c in Pieces
        let message = a + b + c
        where !message.StartsWith(' ')
        select message;
}
