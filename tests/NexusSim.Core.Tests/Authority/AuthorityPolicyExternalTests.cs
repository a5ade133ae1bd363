using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicyExternalTests
{
    private static readonly ActionFacts _releasable = new() { VersionHash = "v2", GatesPassedHash = "v2", ApprovedHash = "v2" };

    [Fact]
    public void Evaluate_AgentReleasesToClient_DeniedAsExternal()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirm());

        var decision = policy.Evaluate(new ActionRequest("atlas", ActionIds.ReleaseToClient, _releasable));

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.ExternalNeedsHuman, decision.RuleId);
    }

    [Fact]
    public void Evaluate_AgentMistakenlyGrantedExternalAction_StillDenied()
    {
        var manifest = TestFirms.SmallFirmBuilder().Grant(ActionIds.ReleaseToClient, "nova").Build();
        var policy = new AuthorityPolicy(manifest);

        var decision = policy.Evaluate(new ActionRequest("nova", ActionIds.ReleaseToClient, _releasable));

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.ExternalNeedsHuman, decision.RuleId);
    }

    [Fact]
    public void Evaluate_AgentExternalAttempt_ReasonSaysOnlyAHumanMayRelease()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirm());

        var decision = policy.Evaluate(new ActionRequest("nova", ActionIds.ReleaseToClient, _releasable));

        Assert.Contains("agents draft external actions; only a human may release them", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("nova", decision.Reason, StringComparison.Ordinal);
        Assert.Contains(ActionIds.ReleaseToClient, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HumanGrantedExternalActionWithPreconditions_Allowed()
    {
        var policy = new AuthorityPolicy(TestFirms.SmallFirm());

        var decision = policy.Evaluate(new ActionRequest(TestFirms.Partner, ActionIds.ReleaseToClient, _releasable));

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_HumanWithoutGrantForExternalAction_DeniedAsNoGrant()
    {
        var manifest = new ManifestBuilder()
            .Human("boss")
            .Human("deputy", "boss")
            .Action(ActionIds.ReleaseToClient, external: true)
            .Grant(ActionIds.ReleaseToClient, "boss")
            .Build();
        var policy = new AuthorityPolicy(manifest);

        var decision = policy.Evaluate(new ActionRequest("deputy", ActionIds.ReleaseToClient, ActionFacts.None));

        Assert.Equal(PolicyRuleIds.NoGrant, decision.RuleId);
    }
}
