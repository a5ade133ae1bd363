using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// Separation of duties from every contributor: an agent who edited a version of a deliverable is not
/// asked for a verdict on it (the pool skips them), and cannot give one (the policy refuses it), only
/// when the firm's rule names <c>contributor</c>; under an <c>author</c> rule an editor may review.
/// </summary>
public sealed class ContributorSeparationTests
{
    // The scan's review step becomes a pool led by the lead, who may also submit versions; the memo's
    // editor no longer edits what it reviews (validation would refuse the firm under a contributor rule).
    private static FlowHarness Firm(string party) => new(
        editDelivery: delivery => delivery
            .Replace("      - actor: editor\n        task: review_scan", "      - actor: [lead, editor]\n        task: review_scan", StringComparison.Ordinal)
            .Replace("      - actor: editor\n        task: edit_memo\n        mode: edit\n", string.Empty, StringComparison.Ordinal),
        editEntry: entry => entry.Replace(
            "separation_of_duties:\n",
            $"separation_of_duties:\n  - id: no_self_review\n    action: record_gate_verdict\n    actor_must_differ_from: {party}\n    reason: \"No one judges work they wrote or edited.\"\n",
            StringComparison.Ordinal));

    [Theory]
    [InlineData("contributor", "editor")]
    [InlineData("author", "lead")]
    public async Task RunAsync_ThePoolsFirstActorEditedTheVersion_SkippedOnlyUnderAContributorRule(string party, string reviewer)
    {
        using var flow = Firm(party);
        flow.Turns.Script = turn => [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, GoodScan);
        LeadEdits(flow);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        Assert.True(passed);
        var verdict = Assert.Single(flow.Deliverable(Scan).Verdicts);
        Assert.Equal(reviewer, verdict.Reviewer);
    }

    [Fact]
    public async Task RunAsync_NoActorOfThePoolEditedIt_TheDeclaredRotationStands()
    {
        using var flow = Firm("contributor");
        flow.Turns.Script = turn => [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        Assert.Equal("lead", Assert.Single(flow.Deliverable(Scan).Verdicts).Reviewer);
    }

    [Fact]
    public async Task InvokeAsync_AnEditorRecordsAVerdictOnWhatTheyEdited_RefusedAndTheRefusalSaysWhy()
    {
        using var flow = Firm("contributor");
        flow.Start(Scan, GoodScan);
        LeadEdits(flow);

        var outcome = await LeadJudgesAsync(flow);

        Assert.False(outcome.Executed);
        Assert.Equal("no_self_review", outcome.RuleId);
        Assert.Contains("lead edited a version of the deliverable", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(flow.Deliverable(Scan).Verdicts);
    }

    [Fact]
    public async Task InvokeAsync_AnEditorRecordsAVerdictUnderAnAuthorRule_Allowed()
    {
        using var flow = Firm("author");
        flow.Start(Scan, GoodScan);
        LeadEdits(flow);

        var outcome = await LeadJudgesAsync(flow);

        Assert.True(outcome.Executed, outcome.Reason);
        Assert.Equal("lead", Assert.Single(flow.Deliverable(Scan).Verdicts).Reviewer);
    }

    [Fact]
    public void Contributors_AuthorThenEditors_EachOnceInOrderOfTheirFirstSubmission()
    {
        using var flow = Firm("contributor");
        flow.Start(Scan, GoodScan);
        flow.Act("lead", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan + "\nOne.\n"));
        flow.Act("analyst", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan + "\nTwo.\n"));
        flow.Act("lead", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan + "\nThree.\n"));

        Assert.Equal(["analyst", "lead"], flow.Deliverable(Scan).Contributors);
    }

    // An edit pass that finds nothing to change makes no version, but its editor has still worked on
    // the text: the pool skips them as it skips an editor who changed it.
    [Fact]
    public async Task RunAsync_TheEditorsPassChangedNothing_StillSkippedByTheContributorRule()
    {
        using var flow = Firm("contributor");
        flow.Turns.Script = turn => [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, GoodScan);
        var result = flow.Act("lead", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan));

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        Assert.StartsWith("No change", result, StringComparison.Ordinal);
        Assert.Single(flow.Deliverable(Scan).Versions);
        Assert.Equal(["analyst", "lead"], flow.Deliverable(Scan).Contributors);
        Assert.Equal("editor", Assert.Single(flow.Deliverable(Scan).Verdicts).Reviewer);
    }

    // The lead, who plans the scan and is first in its review pool, submits a changed version of it.
    private static void LeadEdits(FlowHarness flow) =>
        flow.Act("lead", ActionIds.SubmitDeliverable, (ActionArgs.DeliverableId, Scan), (ActionArgs.Content, GoodScan.Replace("East", "East and West", StringComparison.Ordinal)));

    // The lead records a pass on the scan's current version, through the guard.
    private static Task<ActionOutcome> LeadJudgesAsync(FlowHarness flow) =>
        flow.InvokeAsync("lead", ActionIds.RecordGateVerdict,
            (ActionArgs.DeliverableId, Scan), (ActionArgs.GateId, "fact_check"), (ActionArgs.VersionHash, flow.Deliverable(Scan).Current!.ContentHash),
            (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Checked ## Summary."));
}
