using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;

namespace NexusSim.Core.Tests.Approvals;

/// <summary>
/// approve-if-gates-passed approves exactly the versions that passed, and says what a pass stands on:
/// a version an escalation accepted with a caveat is approved with that caveat in the reason, never
/// with "every blocking gate passed".
/// </summary>
public sealed class PolicyApproverTests
{
    private static readonly DeliverableVersion Version = new(1, "abc123", "# Plan\n", "petra", "draft");

    [Fact]
    public async Task GatesPassed_IsApprovedAsPassed()
    {
        var decision = await Decide(Request(gatesPassed: true));

        Assert.True(decision.Approved);
        Assert.Equal("abc123", decision.VersionHash);
        Assert.Contains("every blocking gate passed", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptedWithACaveat_IsApprovedWithTheCaveatAndNoClaimThatEveryGatePassed()
    {
        var request = Request(gatesPassed: true) with { Caveats = ["kael accepted it with a caveat (esc-002): the remaining issues at g1 are recorded"] };

        var decision = await Decide(request);

        Assert.True(decision.Approved);
        Assert.DoesNotContain("every blocking gate passed", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("esc-002", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("the remaining issues at g1", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotPassed_IsRejectedEvenWithACaveatListed()
    {
        var request = Request(gatesPassed: false) with { Caveats = ["a caveat on another basis"] };

        var decision = await Decide(request);

        Assert.False(decision.Approved);
        Assert.Contains("has not passed", decision.Reason, StringComparison.Ordinal);
    }

    private static ApprovalRequest Request(bool gatesPassed) =>
        new("board_advisor", "ninety_day_plan", "90-Day Plan", Version, [], gatesPassed, "kael");

    private static Task<ApprovalDecision> Decide(ApprovalRequest request) =>
        PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed).DecideAsync(request, CancellationToken.None);
}
