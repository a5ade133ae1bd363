using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

public sealed class ReviewGateRunnerTests
{
    [Fact]
    public async Task RunAsync_FirstDraftFailsTheGateChecksAndReworkFixesThem_PassesOnTheReworkedVersion()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, GoodScan)] : [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, "# Market scan: Acme\n\n## Summary\nThree rivals [S1].\n\n## Sources\n- [S1] Client interview.\n");

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.True(passed);
        Assert.Equal(2, scan.Versions.Count);
        Assert.Equal([GateVerdict.NeedsWork, GateVerdict.Pass], scan.Verdicts.Select(v => v.Verdict));
        Assert.Contains(flow.Turns.Ran, t => t.Mode == StepMode.Edit && t.Feedback.Any(i => (i.Message + i.Target).Contains("Competitors", StringComparison.Ordinal)));
        Assert.Equal(scan.Current!.ContentHash, scan.GatesPassedHash);
    }

    [Fact]
    public async Task RunAsync_DeterministicChecksFail_TheirVerdictStepIsNamedAsTheReviewersTurnWouldBe()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, GoodScan)] : [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, "# Market scan: Acme\n\n## Summary\nThree rivals [S1].\n\n## Sources\n- [S1] Client interview.\n");

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        // The checks' verdict (no turn) and the reviewer's turn on the rework: one name for the same step.
        var verdicts = flow.Observer.Steps.Where(s => s.Actions.Any(a => a.Action == ActionIds.RecordGateVerdict)).ToList();
        Assert.Equal(2, verdicts.Count);
        Assert.All(verdicts, s => Assert.Equal("review_scan on market_scan", s.Description));
    }

    [Fact]
    public async Task RunAsync_ReviewerRecordsNoVerdict_CountsAsNeedsWorkAndNeverPasses()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, GoodScan.Replace("East", $"East (revision {turn.Attempt})", StringComparison.Ordinal))] : [];
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.False(passed);
        Assert.Equal(3, scan.Verdicts.Count); // fact_check's default cap
        Assert.All(scan.Verdicts, v => Assert.Equal(GateVerdict.NeedsWork, v.Verdict));
        Assert.Null(scan.GatesPassedHash);
        Assert.Single(flow.State.Escalations);
    }

    [Fact]
    public async Task RunAsync_StepActorReviews_NotTheOtherGateOwner()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, GoodScan);

        await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        Assert.Equal("editor", Assert.Single(flow.Deliverable(Scan).Verdicts).Reviewer);
    }

    [Fact]
    public async Task RunAsync_AdvisoryGateAlwaysNeedsWork_RecordsVerdictsAndNeverBlocksOrEscalates()
    {
        using var flow = new FlowHarness(delivery => delivery.Replace("    max_attempts: 2\n", "    max_attempts: 2\n    blocking: false\n", StringComparison.Ordinal));
        flow.Turns.Script = turn => [Scripts.Verdict(turn, turn.GateId == "editorial_review" ? "needs_work" : "pass", "Checked ## Summary.")];
        var run = flow.Start(Memo, GoodMemo);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Memo, "editorial_review"), CancellationToken.None);

        var memo = flow.Deliverable(Memo);
        Assert.True(passed);
        Assert.Contains(memo.Verdicts, v => v.GateId == "editorial_review" && v.Verdict == GateVerdict.NeedsWork);
        Assert.Empty(flow.State.Escalations);
        Assert.Equal(memo.Current!.ContentHash, memo.GatesPassedHash);
        Assert.DoesNotContain(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
    }

    [Fact]
    public async Task RunAsync_GateChecks_AppliesOnlyTheGatesDeclaredChecks()
    {
        // editorial_review declares no checks: a banned phrase its checks would never look for reaches the reviewer.
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => [Scripts.Verdict(turn, "pass", "Checked ## Summary.")];
        var run = flow.Start(Memo, GoodMemo.Replace("one pilot", "one pilot with real synergy", StringComparison.Ordinal));

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Memo, "editorial_review"), CancellationToken.None);

        Assert.True(passed);
        Assert.Contains(flow.Turns.Ran, t => t.GateId == "editorial_review");
    }

    [Fact]
    public async Task RunAsync_HumanTakesTheReviewStep_DecidesThroughTheApproverAsThemselves()
    {
        using var flow = new FlowHarness(delivery => delivery
            .Replace("    owners: [editor, lead]", "    owners: [editor, lead, principal]", StringComparison.Ordinal)
            .Replace("      - actor: editor\n        task: review_scan", "      - actor: principal\n        task: review_scan", StringComparison.Ordinal));
        flow.Approver.Decisions.Enqueue((false, "The competitor list is thin."));
        flow.Approver.Decisions.Enqueue((true, "Better."));
        flow.Turns.Script = turn => [Scripts.Submit(turn, GoodScan.Replace("East", "East and West", StringComparison.Ordinal))];
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var verdicts = flow.Deliverable(Scan).Verdicts;
        Assert.True(passed);
        Assert.All(verdicts, v => Assert.Equal("principal", v.Reviewer));
        Assert.Equal([GateVerdict.NeedsWork, GateVerdict.Pass], verdicts.Select(v => v.Verdict));
        Assert.DoesNotContain(flow.Turns.Ran, t => t.ActorId == "principal");
        Assert.Contains(flow.Turns.Ran, t => t.Feedback.Any(i => i.Message.Contains("thin", StringComparison.Ordinal)));
    }
    [Fact]
    public async Task RunAsync_ReviewerPassesCitingNoEvidence_TheSameVersionGoesBackToTheGateNotToItsAuthor()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit
            ? [Scripts.Submit(turn, GoodScan.Replace("East", "East and West", StringComparison.Ordinal))]
            : [Scripts.Verdict(turn, "pass", turn.Attempt == 1 ? "Reads well; no concerns from me." : "Checked ## Competitors.")];
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.True(passed);
        Assert.Single(scan.Versions);
        Assert.Equal([GateVerdict.NeedsWork, GateVerdict.Pass], scan.Verdicts.Select(v => v.Verdict));
        Assert.Equal([1, 2], scan.Verdicts.Select(v => v.Attempt));
        Assert.All(scan.Verdicts, v => Assert.Equal(scan.Current!.ContentHash, v.VersionHash));
        Assert.DoesNotContain(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
        Assert.Equal(0, flow.Session.Metrics.Reworks);
        var again = Assert.Single(flow.Observer.SystemEvents, e => e.Action == "review_again");
        Assert.Contains("cited no evidence", again.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PassCitingNoEvidenceButNamingAnIssue_TheAuthorStillReworks()
    {
        // Only a failure that is the review's alone skips the author: an issue in the work goes back to them.
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit
            ? [Scripts.Submit(turn, GoodScan.Replace("East", "East and West", StringComparison.Ordinal))]
            : turn.Attempt == 1
                ? [(ActionIds.RecordGateVerdict, new Dictionary<string, object?>(Scripts.Verdict(turn, "pass", "Fine.").Item2) { [ActionArgs.Issues] = "- [review] Name the fourth rival: \"East\"" })]
                : [Scripts.Verdict(turn, "pass")];
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.True(passed);
        Assert.Equal(2, scan.Versions.Count);
        var rework = Assert.Single(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
        Assert.Contains(rework.Feedback, i => i.Message.Contains("fourth rival", StringComparison.Ordinal));
        Assert.Equal(1, flow.Session.Metrics.Reworks);
        Assert.DoesNotContain(flow.Observer.SystemEvents, e => e.Action == "review_again");
    }

    [Fact]
    public async Task RunAsync_ReviewerNeverCitesEvidence_EscalatesAtTheCapWithoutSendingTheAuthorAnything()
    {
        using var flow = new FlowHarness();
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit
            ? [Scripts.Submit(turn, GoodScan.Replace("East", $"East (revision {turn.Attempt})", StringComparison.Ordinal))]
            : turn.Mode == StepMode.Review ? [Scripts.Verdict(turn, "pass", "Looks good.")] : [];
        var run = flow.Start(Scan, GoodScan);

        var passed = await new ReviewGateRunner(run).RunAsync(flow.StepOf(Scan, "fact_check"), CancellationToken.None);

        var scan = flow.Deliverable(Scan);
        Assert.False(passed);
        Assert.Single(scan.Versions);
        Assert.Equal(3, scan.Verdicts.Count); // fact_check's default cap
        Assert.All(scan.Verdicts, v => Assert.Equal(GateVerdict.NeedsWork, v.Verdict));
        Assert.DoesNotContain(flow.Turns.Ran, t => t.Mode == StepMode.Edit);
        Assert.Equal(2, flow.Observer.SystemEvents.Count(e => e.Action == "review_again"));
        Assert.Single(flow.State.Escalations);
    }
}
