using Microsoft.Extensions.AI;
using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>A stub handoff's fields are written from the turn's work, not one sentence repeated.</summary>
public sealed class StubHandoffTests
{
    private static readonly string[] Fields = ["what_was_done", "status", "decisions_made", "open_questions", "requested_action", "acceptance_criteria"];

    [Fact]
    public void Write_ReworkWithGateIssues_FieldsDifferAndOpenNamesTheIssues()
    {
        var issues = new[]
        {
            new GateIssue(CheckKind.Voice, "Banned phrase 'synergy' in Findings.", "Findings"),
            new GateIssue(CheckKind.Evidence, "A figure in Context cites no source.", "Context"),
        };
        var request = Request("edit", issues, [], "Submitted Readiness Report version 2; version_hash abc.");

        var fields = Parse(StubAnswer.Write(request));

        Assert.Equal(Fields.Length, fields.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Banned phrase 'synergy' in Findings", fields["open_questions"], StringComparison.Ordinal);
        Assert.Contains("A figure in Context cites no source", fields["open_questions"], StringComparison.Ordinal);
        Assert.StartsWith("nova: ", fields["requested_action"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Reworked the Readiness Report for 1 gate issue.")]
    [InlineData(2, "Reworked the Readiness Report for 2 gate issues.")]
    public void Write_Rework_DoneCountsTheIssuesInWords(int count, string done)
    {
        var issues = Enumerable.Range(1, count).Select(i => new GateIssue(CheckKind.Voice, $"Banned phrase {i} in Findings.", "Findings")).ToArray();
        var request = Request("edit", issues, [], "Submitted Readiness Report version 2; version_hash abc.");

        var fields = Parse(StubAnswer.Write(request));

        Assert.Equal(done, fields["what_was_done"]);
    }

    [Fact]
    public void Write_EditorialPassWithChangesAndFindings_DoneListsChangesOpenListsFindings()
    {
        var summary = EditSummary.Write(["replaced 2 banned phrases with the firm's alternatives", "reconciled 'headcount' 4,100 → 4,200 with the brief"], ["required section 'Risks' is missing; the author must write it"]);
        var call = new FunctionCallContent("c1", "submit_deliverable", new Dictionary<string, object?> { ["summary"] = summary });
        var request = Request("edit", [], [call], "Submitted Readiness Report version 2; version_hash abc.");

        var fields = Parse(StubAnswer.Write(request));

        Assert.Equal(Fields.Length, fields.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("replaced 2 banned phrases", fields["what_was_done"], StringComparison.Ordinal);
        Assert.Contains("reconciled 'headcount'", fields["what_was_done"], StringComparison.Ordinal);
        Assert.Contains("earliest released deliverable", fields["decisions_made"], StringComparison.Ordinal);
        Assert.Contains("'Risks' is missing", fields["open_questions"], StringComparison.Ordinal);
        Assert.Contains("'Risks' is missing", fields["requested_action"], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EditorialPassThatChangedNothing_SaysSoAndNamesWhatItCheckedAgainst()
    {
        var call = new FunctionCallContent("c1", "submit_deliverable", new Dictionary<string, object?> { ["summary"] = EditSummary.Write([], []) });
        var request = Request("edit", [], [call], "No change: the content is identical to Readiness Report version 1.") with
        {
            Released = [new Agents.Stub.Content.ReleasedFacts("Use-Case Heat Map", "Key facts: headcount = 4,200 [S1]")],
        };

        var fields = Parse(StubAnswer.Write(request));

        Assert.Contains("nothing needed changing", fields["what_was_done"], StringComparison.Ordinal);
        Assert.Contains("Use-Case Heat Map", fields["what_was_done"], StringComparison.Ordinal);
        Assert.StartsWith("No change", fields["status"], StringComparison.Ordinal);
        Assert.Equal(Fields.Length, fields.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_EditorialPassThatChangedNothingButFoundAGap_NeverSaysNothingNeededChanging()
    {
        // The editor cannot write a missing section: it changed nothing, yet something does need changing.
        var summary = EditSummary.Write([], ["required section 'Risks' is missing; the author must write it"]);
        var call = new FunctionCallContent("c1", "submit_deliverable", new Dictionary<string, object?> { ["summary"] = summary });
        var request = Request("edit", [], [call], "No change: the content is identical to Readiness Report version 1.");

        var fields = Parse(StubAnswer.Write(request));

        Assert.DoesNotContain("nothing needed changing", fields["what_was_done"], StringComparison.Ordinal);
        Assert.Contains("for its author to write", fields["what_was_done"], StringComparison.Ordinal);
        Assert.Contains("'Risks' is missing", fields["open_questions"], StringComparison.Ordinal);
        Assert.Equal(Fields.Length, fields.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("nova", "nova")]
    [InlineData("", "whoever takes the next step")]
    public void Write_FromAndTo_AreTheActorAndTheNextStep(string next, string to)
    {
        var request = Request("edit", [], [], "Submitted Readiness Report version 2; version_hash abc.", next);

        var lines = StubAnswer.Write(request).Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains("from: petra", lines);
        Assert.Contains("to: " + to, lines);
    }

    private static StubRequest Request(string mode, IReadOnlyList<GateIssue> feedback, IReadOnlyList<FunctionCallContent> calls, string result, string next = "nova") => new(
        new TaskCard
        {
            Turn = "t1",
            Actor = "petra",
            Task = "integration",
            Mode = mode,
            ServiceLine = "readiness",
            DeliverableId = "readiness_report",
            Deliverable = "Readiness Report",
            Author = "soren",
            Next = next,
            RequiredSections = ["Findings", "Context", "Risks"],
            HandoffFields = ["from", "to", "task", .. Fields],
        },
        new Dictionary<string, string>(StringComparer.Ordinal),
        "# Readiness Report: Client\n",
        NexusSim.Agents.Tests.Support.ContentSamples.Feedback(feedback),
        [],
        calls,
        [new FunctionResultContent("c1", result)]);

    private static Dictionary<string, string> Parse(string text) =>
        text.Split('\n')
            .Select(l => l.Split(": ", 2))
            .Where(p => p.Length == 2 && Fields.Contains(p[0]))
            .ToDictionary(p => p[0], p => p[1].TrimEnd('\r'), StringComparer.Ordinal);
}
