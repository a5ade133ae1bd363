using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicyEscalationTests
{
    [Fact]
    public void Evaluate_TopOfTheFirmDenied_NotEscalated()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirm());

        var decision = policy.Evaluate(new ActionRequest(TestFirms.Partner, ActionIds.Escalate, ActionFacts.None));

        Assert.Equal(PolicyRuleIds.NoGrant, decision.RuleId);
        Assert.Null(decision.EscalateTo);
    }

    [Fact]
    public void Evaluate_ActorReportingToItself_NotEscalatedToItself()
    {
        var manifest = new ManifestBuilder().Agent("loop", "loop").Action(ActionIds.Escalate).Build();

        var decision = new AuthorityPolicy(manifest).Evaluate(new ActionRequest("loop", ActionIds.Escalate, ActionFacts.None));

        Assert.False(decision.Allowed);
        Assert.Null(decision.EscalateTo);
    }

    [Fact]
    public void Evaluate_ManagerNotAnActorOfTheFirm_NotEscalated()
    {
        var manifest = new ManifestBuilder().Agent("orphan", "ghost").Action(ActionIds.Escalate).Build();

        var decision = new AuthorityPolicy(manifest).Evaluate(new ActionRequest("orphan", ActionIds.Escalate, ActionFacts.None));

        Assert.Null(decision.EscalateTo);
    }

    [Fact]
    public void Evaluate_DenialInOwnDomain_EscalatedToManagerNotToSelf()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirm());
        var request = new ActionRequest("kael", ActionIds.CommitBudget, new ActionFacts { AmountUsd = 300_000m, Risk = RiskLevel.Low, Domain = "pricing" });

        var decision = policy.Evaluate(request);

        Assert.Equal("atlas", decision.EscalateTo);
    }

    [Fact]
    public void Evaluate_Allowed_NeverEscalated()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirm());

        var decision = policy.Evaluate(new ActionRequest("nova", ActionIds.Escalate, new ActionFacts { Domain = "pricing" }));

        Assert.True(decision.Allowed, decision.Reason);
        Assert.Null(decision.EscalateTo);
    }
}
