using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Gates;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A human's rejection reaches the author as feedback written into the prompt
/// (<c>- [review] who rejected the version: reason</c>); the stub's rework reads the reason there
/// and changes the draft the way it asks: a quoted passage it asks to cut is cut, otherwise the section it names
/// (or every section) is written again in other words, and the reason itself never enters the document.
/// </summary>
public sealed class RejectionReworkTests
{
    private static IReadOnlyList<FeedbackItem> Rejected(string reason) =>
        ContentSamples.Feedback([new GateIssue(null, $"board_advisor rejected the version: {reason}", null)]);

    [Fact]
    public void Repair_RejectionAskingToCutAQuotedPassage_CutsItAndChangesNothingElse()
    {
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request).Markdown;
        var passage = LastSentenceOfALongLine(draft);

        var repaired = ContentSamples.Library.Repair(draft, Rejected($"Cut \"{passage}\" — it promises more than the evidence shows."), request);

        Assert.DoesNotContain(passage, repaired.Markdown, StringComparison.Ordinal);
        Assert.Equal(draft.Replace(" " + passage, string.Empty, StringComparison.Ordinal), repaired.Markdown);
    }

    [Fact]
    public void Repair_RejectionNamingASection_WritesThatSectionAgainAndLeavesTheRest()
    {
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request).Markdown;
        const string reason = "The risks section must name the data residency risk.";

        var repaired = ContentSamples.Library.Repair(draft, Rejected(reason), request).Markdown;

        var before = DraftDocument.Parse(draft);
        var after = DraftDocument.Parse(repaired);
        Assert.NotEqual(before.Find("Risks")!.Lines, after.Find("Risks")!.Lines);
        Assert.All(after.Sections.Where(s => s.Normalized != "risks"), s => Assert.Equal(before.Find(s.Heading)!.Lines, s.Lines));
        Assert.Equal(before.Front, after.Front);
        // Nothing of the reason goes into the client's document, and every source the new words cite is listed.
        Assert.DoesNotContain("data residency", repaired, StringComparison.Ordinal);
        var listed = string.Join("\n", after.Sources!.Lines);
        Assert.All(Regex.Matches(string.Join("\n", after.Find("Risks")!.Lines), @"\[S\d+\]"), m => Assert.Contains("- " + m.Value, listed, StringComparison.Ordinal));
    }

    [Fact]
    public void Repair_RejectionNamingNoSection_WritesEveryBodySectionAgainOnceTheSameWay()
    {
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request).Markdown;
        const string reason = "Too cautious for a board that has already funded the programme.";

        var once = ContentSamples.Library.Repair(draft, Rejected(reason), request).Markdown;
        var twice = ContentSamples.Library.Repair(once, Rejected(reason), request).Markdown;

        var before = DraftDocument.Parse(draft);
        var after = DraftDocument.Parse(once);
        Assert.Equal(before.Front, after.Front);
        Assert.Equal(before.Sections.Select(s => s.Heading), after.Sections.Select(s => s.Heading));
        Assert.Contains(after.Body, s => !s.IsSources && !s.Lines.SequenceEqual(before.Find(s.Heading)!.Lines));
        Assert.DoesNotContain("Too cautious", once, StringComparison.Ordinal);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Repair_RejectionQuotingASentenceWithWhatToWriteInstead_ReplacesExactlyThatSentence()
    {
        // The human who reads before release notes a misattributed citation as a careful reviewer does; the
        // author applies it, rather than writing every section again in other words (which may keep it).
        var request = ContentSamples.Request();
        var draft = ContentSamples.Library.Compose(request).Markdown;
        var passage = LastSentenceOfALongLine(draft);
        var instead = passage.TrimEnd('.') + " (corrected).";
        var issues = ContentSamples.Feedback([new GateIssue(null, $"board_advisor rejected the version: The cited source does not support this statement. {ReviewFix.WriteInstead}{instead}", passage)]);

        var repaired = ContentSamples.Library.Repair(draft, issues, request).Markdown;

        Assert.Equal(draft.Replace(passage, instead, StringComparison.Ordinal), repaired);
    }

    // The last sentence of a body line that has more than one: cut with the space before it, the line still reads.
    private static string LastSentenceOfALongLine(string markdown)
    {
        var line = markdown.Split('\n').First(l => !l.StartsWith('#') && !l.StartsWith("Key facts", StringComparison.Ordinal) && l.Contains(". ", StringComparison.Ordinal) && l.EndsWith('.'));
        var passage = line[(line.LastIndexOf(". ", line.Length - 2, StringComparison.Ordinal) + 2)..];
        Assert.Equal(1, CountOf(markdown, passage));
        return passage;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
