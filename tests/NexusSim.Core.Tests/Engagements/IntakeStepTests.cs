using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Authority.Support;
using NexusSim.Core.Tests.Engagements.Support;
using static NexusSim.Core.Tests.Engagements.Support.GuardedEngagement;

namespace NexusSim.Core.Tests.Engagements;

/// <summary>
/// Intake economics in the small test firm: market_entry's band is $50,000 to $250,000; atlas may
/// accept up to risk high on market_entry; the partner (human) may accept anything; atlas owns the
/// engagement_scope domain, kael the pricing domain (and holds no accept grant).
/// </summary>
public sealed class IntakeStepTests
{
    private static readonly IntakePolicy EscalateToAtlas = new([], OutOfBandAction.Escalate, "engagement_scope", SourceLocation.None);

    [Fact]
    public void Decide_FeeInsideBandAndRiskWithinGrant_AsksTheAgent()
    {
        var engagement = new GuardedEngagement(fee: 100_000m, risk: RiskLevel.Medium);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.Equal("atlas", decision.Actor);
    }

    [Theory]
    [InlineData(20_000, "below")]
    [InlineData(350_000, "above")]
    public void Decide_FeeOutsideBandWithDecline_DeclinedNamingTheBand(int fee, string side)
    {
        var engagement = new GuardedEngagement(fee: fee, risk: RiskLevel.Low);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.True(decision.Declined);
        Assert.Contains($"{side} the market_entry price band ($50,000 to $250,000)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_FeeOutsideBandWithEscalate_AsksThePricingDomainOwner()
    {
        var engagement = new GuardedEngagement(fee: 350_000m, risk: RiskLevel.Low, intake: EscalateToAtlas);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.Equal("atlas", decision.Actor);
        Assert.Contains("escalated to atlas, the owner of the pricing domain", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RiskAboveEveryAgentsGrantAndOnlyAHumanCovers_DeclinedSayingOnlyAHumanHoldsIt()
    {
        var engagement = new GuardedEngagement(fee: 100_000m, risk: RiskLevel.Critical);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.True(decision.Declined);
        Assert.Contains("risk critical exceeds atlas's limit of high", decision.Reason, StringComparison.Ordinal);
        Assert.Contains($"Only human {TestFirms.Partner} holds a grant of accept_engagement", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_BriefStatesNoRiskAndTheGrantHasARiskLimit_FailsClosed()
    {
        var engagement = new GuardedEngagement(fee: 100_000m);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.True(decision.Declined);
        Assert.Contains("risk not stated", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoIntakeOrder_AsksTheLowestAuthorityFirstNotTheFirstDeclared()
    {
        var firm = TestFirms.SmallFirmBuilder().Grant(ActionIds.AcceptEngagement, new GrantLimits(200_000m, RiskLevel.High, null), "veda");
        var engagement = new GuardedEngagement(firm, fee: 100_000m, risk: RiskLevel.Low);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.Equal("veda", decision.Actor);
    }

    [Fact]
    public void Decide_IntakeOrderGiven_AsksInThatOrder()
    {
        var firm = TestFirms.SmallFirmBuilder().Grant(ActionIds.AcceptEngagement, new GrantLimits(200_000m, RiskLevel.High, null), "veda");
        var order = new IntakePolicy(["atlas", "veda"], OutOfBandAction.Decline, null, SourceLocation.None);
        var engagement = new GuardedEngagement(firm, fee: 100_000m, risk: RiskLevel.Low, intake: order);

        var decision = IntakeStep.Decide(engagement.State);

        Assert.Equal("atlas", decision.Actor);
    }

    [Fact]
    public void Decide_BriefWithoutFee_UsesTheBudgetAsTheFee()
    {
        var engagement = new GuardedEngagement(risk: RiskLevel.Low);

        Assert.Equal(Budget, engagement.State.Brief.EngagementFeeUsd);
        Assert.Equal("atlas", IntakeStep.Decide(engagement.State).Actor);
    }

    [Fact]
    public void Check_AcceptOutOfBandWhenTheFirmDeclines_DeniedAsOutsidePriceBand()
    {
        var engagement = new GuardedEngagement(fee: 350_000m, risk: RiskLevel.Low);

        var decision = engagement.Guard.Check("atlas", ActionIds.AcceptEngagement, Args((ActionArgs.ServiceLine, Line)));

        Assert.Equal(PolicyRuleIds.OutsidePriceBand, decision.RuleId);
    }

    [Fact]
    public void Check_AcceptNamingAnInBandFeeForAnOutOfBandBrief_CheckedAtTheBriefsFee()
    {
        var engagement = new GuardedEngagement(fee: 350_000m, risk: RiskLevel.Low);

        var decision = engagement.Guard.Check("atlas", ActionIds.AcceptEngagement, Args((ActionArgs.ServiceLine, Line), (ActionArgs.AmountUsd, 100_000m)));

        Assert.Equal(PolicyRuleIds.OutsidePriceBand, decision.RuleId);
    }

    [Fact]
    public void Check_AcceptOutOfBandByAnyoneButThePricingOwner_Denied()
    {
        var engagement = new GuardedEngagement(fee: 350_000m, risk: RiskLevel.Low, intake: EscalateToAtlas);

        var human = engagement.Guard.Check(TestFirms.Partner, ActionIds.AcceptEngagement, Args((ActionArgs.ServiceLine, Line)));
        var owner = engagement.Guard.Check("atlas", ActionIds.AcceptEngagement, Args((ActionArgs.ServiceLine, Line)));

        Assert.Equal(PolicyRuleIds.OutsidePriceBand, human.RuleId);
        Assert.True(owner.Allowed, owner.Reason);
    }

    [Fact]
    public void Accept_OutOfBandFeeByThePricingOwner_TheRecordedResultSaysItIsOutOfBand()
    {
        var engagement = new GuardedEngagement(fee: 100_000m, risk: RiskLevel.Low, intake: EscalateToAtlas);

        var result = Accept(engagement, 300_000m);

        Assert.Equal(300_000m, engagement.State.FeeUsd);
        Assert.Contains("at $300,000. Out of band: the fee $300,000 is above the market_entry price band ($50,000 to $250,000).", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(250_000)]
    public void Accept_FeeInsideTheBandOrOnItsEdge_NothingSaidAboutTheBand(int fee)
    {
        var engagement = new GuardedEngagement(fee: fee, risk: RiskLevel.Low);

        var result = Accept(engagement, fee);

        Assert.EndsWith($"at ${fee:N0}.", result, StringComparison.Ordinal);
        Assert.DoesNotContain("band", result, StringComparison.Ordinal);
    }

    private static string Accept(GuardedEngagement engagement, decimal fee) =>
        new EngagementActions(engagement.State).Execute(new ActionCall(
            "atlas", ActionIds.AcceptEngagement, Args((ActionArgs.ServiceLine, Line), (ActionArgs.AmountUsd, fee)),
            new StepRecorder(engagement.State.RunId, "0001-intake", "intake", "main", new NexusSim.Core.Time.SimulatedClock())));

    [Fact]
    public void DeclineReason_AcceptedEngagement_IsNull()
    {
        var engagement = new GuardedEngagement(fee: 100_000m, risk: RiskLevel.Low);
        engagement.State.Accept("atlas", 100_000m);

        Assert.Null(IntakeStep.DeclineReason(engagement.State));
    }

    [Fact]
    public void DeclineReason_AskedAgentDidNotAccept_NamesTheAgent()
    {
        var engagement = new GuardedEngagement(fee: 100_000m, risk: RiskLevel.Low);

        Assert.Equal("Declined: atlas ended intake without accepting the engagement.", IntakeStep.DeclineReason(engagement.State));
    }
}
