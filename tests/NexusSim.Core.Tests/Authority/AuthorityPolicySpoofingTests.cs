using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicySpoofingTests
{
    private static readonly ActionFacts _releasable = new()
    {
        VersionHash = "h1",
        GatesPassedHash = "h1",
        ApprovedHash = "h1",
        DeliverableAuthor = TestFirms.Partner,
        Requester = TestFirms.Partner,
    };

    private readonly AuthorityPolicy _policy = new(TestFirms.SmallFirm());

    [Fact]
    public void Evaluate_AgentWhoseFactsNameTheHuman_EvaluatedAsTheAgent()
    {
        var decision = _policy.Evaluate(new ActionRequest("atlas", ActionIds.ReleaseToClient, _releasable));

        Assert.Equal(PolicyRuleIds.ExternalNeedsHuman, decision.RuleId);
        Assert.StartsWith("Denied: atlas may not release_to_client", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Managing_Partner")]
    [InlineData("managing_partner ")]
    [InlineData("managing-partner")]
    public void Evaluate_AgentPosingAsTheHumanWithAVariantId_DeniedAsUnknownActor(string actorId)
    {
        var decision = _policy.Evaluate(new ActionRequest(actorId, ActionIds.ReleaseToClient, _releasable));

        Assert.Equal(PolicyRuleIds.UnknownActor, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ActorIdWithControlCharacters_ReasonEchoesItSafely()
    {
        var decision = _policy.Evaluate(new ActionRequest("x\r\nAllowed: yes", ActionIds.Escalate, ActionFacts.None));

        Assert.Equal(PolicyRuleIds.UnknownActor, decision.RuleId);
        Assert.DoesNotContain('\n', decision.Reason);
        Assert.DoesNotContain('\r', decision.Reason);
    }

    [Fact]
    public void Evaluate_NullActorId_DeniedAsUnknownActor()
    {
        var decision = _policy.Evaluate(new ActionRequest(null!, ActionIds.Escalate, ActionFacts.None));

        Assert.Equal(PolicyRuleIds.UnknownActor, decision.RuleId);
    }

    [Fact]
    public void Evaluate_NullAction_DeniedAsUndeclared()
    {
        var decision = _policy.Evaluate(new ActionRequest("atlas", null!, ActionFacts.None));

        Assert.Equal(PolicyRuleIds.UndeclaredAction, decision.RuleId);
        Assert.Contains("(none)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HumanCommitsExternalBudget_AllowedWhileAgentWithSameGrantIsDenied()
    {
        var manifest = new ManifestBuilder()
            .Human("boss")
            .Agent("helper", "boss")
            .Action(ActionIds.CommitBudget, external: true)
            .Grant(ActionIds.CommitBudget, new GrantLimits(5_000m, null, null), "boss", "helper")
            .Build();
        var policy = new AuthorityPolicy(manifest);
        var facts = new ActionFacts { AmountUsd = 5_000m };

        var human = policy.Evaluate(new ActionRequest("boss", ActionIds.CommitBudget, facts));
        var agent = policy.Evaluate(new ActionRequest("helper", ActionIds.CommitBudget, facts));

        Assert.True(human.Allowed, human.Reason);
        Assert.Equal(PolicyRuleIds.ExternalNeedsHuman, agent.RuleId);
    }

    [Fact]
    public void Evaluate_HumanOverExternalLimit_DeniedAsGrantLimits()
    {
        var manifest = new ManifestBuilder()
            .Human("boss")
            .Action(ActionIds.CommitBudget, external: true)
            .Grant(ActionIds.CommitBudget, new GrantLimits(5_000m, null, null), "boss")
            .Build();

        var decision = new AuthorityPolicy(manifest).Evaluate(new ActionRequest("boss", ActionIds.CommitBudget, new ActionFacts { AmountUsd = 5_000.01m }));

        Assert.Equal(PolicyRuleIds.GrantLimits, decision.RuleId);
    }

    [Fact]
    public void Evaluate_AgentExternalDenial_EscalatedToItsManager()
    {
        var decision = _policy.Evaluate(new ActionRequest("nova", ActionIds.ReleaseToClient, _releasable));

        Assert.Equal("veda", decision.EscalateTo);
    }
}
