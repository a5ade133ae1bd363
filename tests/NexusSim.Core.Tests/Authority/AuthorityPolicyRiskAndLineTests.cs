using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicyRiskAndLineTests
{
    private readonly AuthorityPolicy _policy = new(TestFirms.SmallFirm());

    private static ActionRequest Budget(string actor, decimal? amount, RiskLevel? risk = RiskLevel.Low) =>
        new(actor, ActionIds.CommitBudget, new ActionFacts { AmountUsd = amount, Risk = risk });

    private static ActionRequest Accept(string actor, string? line, RiskLevel? risk = RiskLevel.Low) =>
        new(actor, ActionIds.AcceptEngagement, new ActionFacts { ServiceLine = line, Risk = risk });

    [Theory]
    [InlineData(RiskLevel.Low)]
    [InlineData(RiskLevel.Medium)]
    [InlineData(RiskLevel.High)]
    public void Evaluate_RiskAtOrBelowLimit_Allowed(RiskLevel risk)
    {
        var decision = _policy.Evaluate(Budget("kael", 1m, risk));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_RiskAboveLimit_DeniedNamingRiskAndLimit()
    {
        var decision = _policy.Evaluate(Budget("kael", 1m, RiskLevel.Critical));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("risk critical exceeds kael's limit of high", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(int.MinValue)]
    public void Evaluate_RiskOutsideTheEnum_DeniedAsGrantLimits(int risk)
    {
        var decision = _policy.Evaluate(Budget("kael", 1m, (RiskLevel)risk));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
    }

    [Fact]
    public void Evaluate_RiskNotStatedUnderRiskLimit_DeniedAsGrantLimits()
    {
        var decision = _policy.Evaluate(Budget("kael", 1m, null));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("risk not stated", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ServiceLineInsideGrant_Allowed()
    {
        var decision = _policy.Evaluate(Accept("atlas", "ops_review"));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Theory]
    [InlineData("ai_rescue")]
    [InlineData("Market_Entry")]
    [InlineData("market_entry ")]
    [InlineData("")]
    [InlineData(" ")]
    public void Evaluate_ServiceLineOutsideGrant_DeniedAsGrantLimits(string line)
    {
        var decision = _policy.Evaluate(Accept("atlas", line));

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ServiceLineOutsideGrant_ReasonListsTheGrantsLines()
    {
        var decision = _policy.Evaluate(Accept("atlas", "ai_rescue"));

        Assert.Contains("service line 'ai_rescue' is outside atlas's service lines for accept_engagement (market_entry, ops_review)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ServiceLineNotStatedUnderServiceLineLimit_DeniedAsGrantLimits()
    {
        var decision = _policy.Evaluate(Accept("atlas", null));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("service line not stated", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EveryLimitBroken_ReasonNamesEachFailure()
    {
        var manifest = new ManifestBuilder()
            .Human("boss")
            .Action(ActionIds.CommitBudget)
            .Grant(ActionIds.CommitBudget, new GrantLimits(10m, RiskLevel.Low, ["audit"]), "boss")
            .Build();
        var request = new ActionRequest("boss", ActionIds.CommitBudget, new ActionFacts { AmountUsd = 11m, Risk = RiskLevel.High, ServiceLine = "tax" });

        var decision = new AuthorityPolicy(manifest).Evaluate(request);

        Assert.Contains("$11 exceeds boss's limit of $10", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("risk high exceeds boss's limit of low", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("service line 'tax' is outside", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GrantWithEmptyServiceLineList_CoversNoLine()
    {
        var manifest = new ManifestBuilder()
            .Human("boss")
            .Action(ActionIds.CommitBudget)
            .Grant(ActionIds.CommitBudget, new GrantLimits(null, null, []), "boss")
            .Build();
        var request = new ActionRequest("boss", ActionIds.CommitBudget, new ActionFacts { ServiceLine = "audit" });

        var decision = new AuthorityPolicy(manifest).Evaluate(request);

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
    }
}
