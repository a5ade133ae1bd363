using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicyStateTests
{
    private const string V1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const string V2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private readonly AuthorityPolicy _policy = new(TestFirms.SmallFirm());

    private PolicyDecision Release(string? version, string? gatesPassed, string? approved) =>
        _policy.Evaluate(new ActionRequest(
            TestFirms.Partner,
            ActionIds.ReleaseToClient,
            new ActionFacts { VersionHash = version, GatesPassedHash = gatesPassed, ApprovedHash = approved }));

    [Fact]
    public void Evaluate_ReleaseWithGatesPassedAndApprovalOfSameVersion_Allowed()
    {
        var decision = Release(V2, V2, V2);

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_ReleaseBeforeGatesPass_DeniedAsRequiresGatesPassed()
    {
        var decision = Release(V1, null, V1);

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
        Assert.Contains("no version has passed the blocking gates", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("the version acted on must pass every blocking gate first", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReleaseOfAVersionOtherThanTheOneThatPassedGates_DeniedAsRequiresGatesPassed()
    {
        var decision = Release(V2, V1, V2);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
        Assert.Contains("does not carry over to another version", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReleaseOfOtherVersion_ReasonShowsBothShortenedHashes()
    {
        var decision = Release(V2, V1, V2);

        Assert.Contains("'9f86d081884c'", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("'60303ae22b99'", decision.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(V1, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReleaseWithoutHumanApproval_DeniedAsRequiresHumanApproval()
    {
        var decision = Release(V1, V1, null);

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, decision.RuleId);
        Assert.Contains("a human must approve the version acted on first", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReleaseWithApprovalOfAnotherVersion_DeniedAsRequiresHumanApproval()
    {
        var decision = Release(V2, V2, V1);

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ReleaseWithHashInOtherCase_DeniedAsNotTheSameVersion()
    {
        var decision = Release(V1, V1.ToUpperInvariant(), V1);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ReleaseWithVersionNotStated_Denied()
    {
        var decision = Release(null, V1, V1);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
        Assert.Contains("version acted on is not stated", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Evaluate_ReleaseWithBlankHashesEverywhere_Denied(string blank)
    {
        var decision = Release(blank, blank, blank);

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ReleaseWithBlankApprovalHash_DeniedAsRequiresHumanApproval()
    {
        var decision = Release(V1, V1, string.Empty);

        Assert.Equal(PolicyRuleIds.RequiresHumanApproval, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ApprovalOfVersionOtherThanGatesPassed_DeniedAsRequiresGatesPassed()
    {
        var policy = new AuthorityPolicy(GatedApprovalFirm());
        var request = new ActionRequest("boss", ActionIds.Approve, new ActionFacts { DeliverableAuthor = "writer", Requester = "writer", VersionHash = V2, GatesPassedHash = V1 });

        var decision = policy.Evaluate(request);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ApprovalBeforeAnyVersionPassedGates_DeniedAsRequiresGatesPassed()
    {
        var policy = new AuthorityPolicy(GatedApprovalFirm());
        var request = new ActionRequest("boss", ActionIds.Approve, new ActionFacts { DeliverableAuthor = "writer", Requester = "writer", VersionHash = V1 });

        var decision = policy.Evaluate(request);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    [Fact]
    public void Evaluate_ApprovalOfTheVersionThatPassedGates_Allowed()
    {
        var policy = new AuthorityPolicy(GatedApprovalFirm());
        var request = new ActionRequest("boss", ActionIds.Approve, new ActionFacts { DeliverableAuthor = "writer", Requester = "writer", VersionHash = V1, GatesPassedHash = V1 });

        var decision = policy.Evaluate(request);

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public void Evaluate_ReleaseMissingBothPreconditions_GatesReportedFirst()
    {
        var decision = Release(V1, null, null);

        Assert.Equal(PolicyRuleIds.RequiresGatesPassed, decision.RuleId);
    }

    private static FirmManifest GatedApprovalFirm() => new ManifestBuilder()
        .Human("boss")
        .Agent("writer", "boss")
        .Action(ActionIds.Approve, external: false, domainOwnerOnly: false, Precondition.GatesPassed)
        .Grant(ActionIds.Approve, "boss")
        .Separate("approver_not_author", ActionIds.Approve, DutyParty.Author, "a second pair of eyes")
        .Separate("approver_not_requester", ActionIds.Approve, DutyParty.Requester, "no self-service")
        .Build();
}
