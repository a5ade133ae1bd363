using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;
using static NexusSim.Core.Tests.Protocols.Support.FlowHarness;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// An approval gate's escalation reports the human's rejections as its attempts: how many, each with the human's
/// reason, the root cause drawn from those reasons, and the rejections in the report's attempts with the verdicts.
/// </summary>
public sealed class ApprovalEscalationReportTests
{
    private const string Why = "The pilot has no owner.";

    [Fact]
    public async Task RunAsync_HumanRejectsToTheCapForOneReason_TheReportCountsAndListsTheRejectionsWithTheReason()
    {
        using var flow = await RejectedToTheCapAsync();

        var escalation = Assert.Single(flow.State.Escalations);
        Assert.Equal("Strategy memo failed Principal sign-off 3 times, its cap of 3.", escalation.Reason);
        Assert.Equal(3, escalation.AttemptHistory.Count);
        Assert.All(escalation.AttemptHistory, line => Assert.EndsWith($"(v1): rejected by principal (\"{Why}\")", line, StringComparison.Ordinal));
        Assert.Equal($"principal gave the same reason in attempts 1, 2 and 3, so rework did not clear it: \"{Why}\". No rework changed the content: all 3 rejections were of v1.", escalation.RootCause);
    }

    [Fact]
    public async Task Render_ApprovalGateEscalation_TheAttemptsListTheRejectionsAfterTheVerdictsTheyFollowed()
    {
        using var flow = await RejectedToTheCapAsync();

        var report = EscalationMarkdown.Render(flow.State, flow.State.Escalations[0]).ReplaceLineEndings("\n");

        var attempts = report[report.IndexOf("## Attempts", StringComparison.Ordinal)..report.IndexOf("## What was tried", StringComparison.Ordinal)];
        var lines = attempts.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("- fact_check attempt 1 on v1 by editor: pass", lines[1]);
        Assert.Equal("- editorial_review attempt 1 on v1 by editor: pass", lines[2]);
        Assert.Equal(["- principal_signoff attempt 1 on v1 by principal: rejected", "  - reason: " + Why], lines[3..5]);
        Assert.Equal("- principal_signoff attempt 3 on v1 by principal: rejected", lines[^2]);
        Assert.Contains($"Root cause: principal gave the same reason in attempts 1, 2 and 3", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_GateEscalation_TheRecordKeepsTheReportInItsPartsAndTheDeciderReadsItOnce()
    {
        using var flow = await RejectedToTheCapAsync();
        var escalation = flow.State.Escalations[0];

        var shown = EscalationReportBuilder.Render(escalation);

        Assert.DoesNotContain("Attempt history:", escalation.Reason, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(shown, "Attempt history:"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(shown, "Root cause:"));
        Assert.Equal(flow.Approver.EscalationsShown[0].Report, shown);
    }

    // The memo through its reviews; the principal rejects it three times for one reason and the rework changes
    // nothing, so principal_signoff (on_fail: escalate) escalates to the principal, who does not decide.
    private static async Task<FlowHarness> RejectedToTheCapAsync()
    {
        var flow = new FlowHarness();
        var run = await flow.MemoThroughItsReviewsAsync();
        var text = flow.Deliverable(Memo).Current!.Markdown;
        flow.Turns.Script = turn => turn.Mode == StepMode.Edit ? [Scripts.Submit(turn, text)] : [Scripts.Verdict(turn, "pass", "Checked ## Summary.")];
        for (var i = 0; i < 3; i++)
        {
            flow.Approver.Decisions.Enqueue((false, Why));
        }

        await new ApprovalFlow(run).RunAsync(flow.StepOf(Memo, "principal_signoff"), CancellationToken.None);
        return flow;
    }
}
