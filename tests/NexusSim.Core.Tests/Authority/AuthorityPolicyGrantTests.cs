using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicyGrantTests
{
    private readonly AuthorityPolicy _policy = new(TestFirms.SmallFirm());

    private static ActionRequest Budget(string actor, decimal? amount, RiskLevel? risk = RiskLevel.Low) =>
        new(actor, ActionIds.CommitBudget, new ActionFacts { AmountUsd = amount, Risk = risk });

    [Fact]
    public void Evaluate_DeclaredActionNotGrantedToActor_DeniedAsNoGrant()
    {
        var decision = _policy.Evaluate(Budget("nova", 10m));

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.NoGrant, decision.RuleId);
    }

    [Fact]
    public void Evaluate_NoGrant_ReasonNamesWhoIsGranted()
    {
        var decision = _policy.Evaluate(Budget("nova", 10m));

        Assert.Contains("no grant for commit_budget lists nova", decision.Reason, StringComparison.Ordinal);
        Assert.Contains($"it is granted to: kael, atlas, {TestFirms.Partner}", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ActionWithNoGrantAtAll_ReasonSaysNoOneIsGranted()
    {
        var manifest = new ManifestBuilder().Human("boss").Action(ActionIds.Escalate).Build();

        var decision = new AuthorityPolicy(manifest).Evaluate(new ActionRequest("boss", ActionIds.Escalate, ActionFacts.None));

        Assert.Equal(PolicyRuleIds.NoGrant, decision.RuleId);
        Assert.Contains("no one is granted escalate", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(249_999.99)]
    [InlineData(250_000)]
    public void Evaluate_AmountAtOrUnderLimit_Allowed(double amount)
    {
        var decision = _policy.Evaluate(Budget("kael", (decimal)amount));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Theory]
    [InlineData(250_000.01)]
    [InlineData(250_001)]
    [InlineData(1_000_000_000)]
    public void Evaluate_AmountOverOnlyGrantsLimit_DeniedAsGrantLimits(double amount)
    {
        var decision = _policy.Evaluate(Budget("kael", (decimal)amount));

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
    }

    [Fact]
    public void Evaluate_AmountOverLimit_ReasonNamesAmountAndLimit()
    {
        var decision = _policy.Evaluate(Budget("kael", 600_000m));

        Assert.Equal(
            "Denied: kael may not commit_budget (rule grant_limits): $600,000 exceeds kael's limit of $250,000 for commit_budget.",
            decision.Reason);
    }

    [Fact]
    public void Evaluate_AmountDecimalMaxValue_Denied()
    {
        var decision = _policy.Evaluate(Budget("kael", decimal.MaxValue));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
    }

    [Fact]
    public void Evaluate_NegativeAmount_DeniedAsGrantLimits()
    {
        var decision = _policy.Evaluate(Budget("kael", -1m));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("negative", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AmountNotStatedUnderAmountLimit_DeniedAsGrantLimits()
    {
        var decision = _policy.Evaluate(Budget("kael", null));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
        Assert.Contains("amount not stated", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AmountNotStatedUnderUnlimitedGrant_Allowed()
    {
        var decision = _policy.Evaluate(Budget(TestFirms.Partner, null, null));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_SecondGrantCoversWhatFirstDoesNot_AllowedUnderSecondGrant()
    {
        var manifest = TestFirms.SmallFirmBuilder().Grant(ActionIds.CommitBudget, new GrantLimits(2_000_000m, RiskLevel.Low, null), "kael").Build();

        var decision = new AuthorityPolicy(manifest).Evaluate(Budget("kael", 1_500_000m));

        Assert.True(decision.Allowed, decision.Reason);
        Assert.Equal("grant:commit_budget:4", decision.RuleId);
    }

    [Fact]
    public void Evaluate_Allowed_ReasonNamesGrantLimitsAndLocation()
    {
        var decision = _policy.Evaluate(Budget("kael", 100m));

        Assert.Equal("grant:commit_budget:1", decision.RuleId);
        Assert.Equal(
            "Allowed: kael may commit_budget under grant:commit_budget:1 (to kael; up to $250,000, risk up to high) (manifest.yaml:20:3).",
            decision.Reason);
    }

    [Fact]
    public void Evaluate_SameActorAndActionAllowedThenOverLimit_IsDeniedAndEachActorGetsItsOwnReason()
    {
        // An allowed reason is written once per actor, action and grant: a later request of the same
        // pair must still be judged on its own facts, and another actor must not get the first one's reason.
        var allowed = _policy.Evaluate(Budget("kael", 10m));
        var over = _policy.Evaluate(Budget("kael", 250_001m));
        var again = _policy.Evaluate(Budget("kael", 20m));
        var other = _policy.Evaluate(Budget("atlas", 10m));

        Assert.True(allowed.Allowed, allowed.Reason);
        Assert.False(over.Allowed);
        Assert.Equal(allowed, again);
        Assert.True(other.Allowed, other.Reason);
        Assert.StartsWith("Allowed: atlas may commit_budget", other.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Allowed: kael may commit_budget", again.Reason, StringComparison.Ordinal);
    }
}
