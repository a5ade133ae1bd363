using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;
using NexusSim.Core.Tests.Engagements.Support;
using static NexusSim.Core.Tests.Engagements.Support.GuardedEngagement;

namespace NexusSim.Core.Tests.Engagements;

public sealed class ActionGuardReleaseTests
{
    private readonly GuardedEngagement _engagement = new();

    private PolicyDecision Check(string actor, string action, Dictionary<string, object?> args) =>
        _engagement.Guard.Check(actor, action, args);

    [Fact]
    public void Check_ReleaseAfterGatesAndHumanApprovalOfCurrentVersion_Allowed()
    {
        _engagement.Approved("h1");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Check_ReleaseBeforeGatesPass_DeniedAsRequiresGatesPassed()
    {
        _engagement.Submit("h1");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Check_ReleaseWhenGatesPassedButNoApproval_DeniedAsRequiresHumanApproval()
    {
        _engagement.Submit("h1");
        _engagement.PassGates("h1");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, decision.RuleId);
    }

    [Fact]
    public void Check_ApprovalRecordedByAnAgent_DoesNotCountAsHumanApproval()
    {
        _engagement.Approved("h1", approver: "atlas");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, decision.RuleId);
    }

    [Fact]
    public void Check_ApprovalThatRefused_DoesNotCountAsApproval()
    {
        _engagement.Approved("h1", approved: false);

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, decision.RuleId);
    }

    [Fact]
    public void Check_NewVersionAfterApproval_ReleaseDenied()
    {
        _engagement.Approved("h1");
        _engagement.Submit("h2");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Check_ReleaseNamingAVersionOtherThanTheApprovedOne_Denied()
    {
        _engagement.Approved("h1");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo((ActionArgs.VersionHash, "h0")));

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Check_ReleaseNamingABlankVersion_Denied()
    {
        _engagement.Approved("h1");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo((ActionArgs.VersionHash, "  ")));

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Check_ReleaseOfUnknownDeliverable_Denied()
    {
        _engagement.Approved("h1");

        var decision = Check(TestFirms.Partner, ActionIds.ReleaseToClient, Args((ActionArgs.DeliverableId, "other_memo")));

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }
}
