using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;
using NexusSim.Core.Tests.Engagements.Support;
using static NexusSim.Core.Tests.Engagements.Support.GuardedEngagement;

namespace NexusSim.Core.Tests.Engagements;

/// <summary>Limits that span the engagement: cumulative budget, release once, the brief's risk as a floor.</summary>
public sealed class ActionGuardLimitTests
{
    private static Dictionary<string, object?> Commit(decimal amount, string? risk = null) =>
        risk is null
            ? Args((ActionArgs.AmountUsd, amount), (ActionArgs.Reason, "tools"))
            : Args((ActionArgs.AmountUsd, amount), (ActionArgs.Reason, "tools"), (ActionArgs.Risk, risk));

    [Fact]
    public void Check_CommitsThatEachFitButTogetherExceedTheGrant_SecondDenied()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Low);
        Assert.True(engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(200_000m)).Allowed);
        engagement.State.CommitBudget(200_000m);

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(100_000m));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("already committed makes $300,000", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CommitThatBringsTheTotalExactlyToTheLimit_Allowed()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Low);
        engagement.State.CommitBudget(200_000m);

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(50_000m));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Check_ManySmallCommitsPastTheLimit_Denied()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Low);
        for (var i = 0; i < 25; i++)
        {
            engagement.State.CommitBudget(10_000m);
        }

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(1m));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("already committed makes $250,001", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CommitsByAnotherActorCountTowardsTheEngagementTotal()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Low);
        engagement.State.CommitBudget(900_000m); // committed by someone with a larger grant

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(1_000m));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("the $900,000 already committed", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReleaseOfAVersionAlreadyReleased_DeniedAsAlreadyReleased()
    {
        var engagement = new GuardedEngagement();
        engagement.Approved("h1");
        Assert.True(engagement.Guard.Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo()).Allowed);
        engagement.State.Release(Memo, "h1");

        var decision = engagement.Guard.Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo());

        Assert.Equal(PolicyRuleIds.AlreadyReleased, decision.RuleId);
    }

    [Fact]
    public void Check_ReleaseNamingTheReleasedVersionExplicitly_DeniedAsAlreadyReleased()
    {
        var engagement = new GuardedEngagement();
        engagement.Approved("h1");
        engagement.State.Release(Memo, "h1");

        var decision = engagement.Guard.Check(TestFirms.Partner, ActionIds.ReleaseToClient, OnMemo((ActionArgs.VersionHash, "h1")));

        Assert.Equal(PolicyRuleIds.AlreadyReleased, decision.RuleId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("low")]
    [InlineData("medium")]
    public void Check_DeclaredRiskBelowTheBriefsRisk_CheckedAtTheBriefsRisk(string? declared)
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Critical);

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(1_000m, declared));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("risk critical exceeds kael's limit of high", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeclaredRiskAboveTheBriefsRisk_CheckedAtTheDeclaredRisk()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Low);

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(1_000m, "critical"));

        Assert.Contains("risk critical exceeds kael's limit of high", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BriefRiskWithinTheGrant_Allowed()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.High);

        var decision = engagement.Guard.Check("kael", ActionIds.CommitBudget, Commit(1_000m, "low"));

        Assert.True(decision.Allowed, decision.Reason);
    }
}
