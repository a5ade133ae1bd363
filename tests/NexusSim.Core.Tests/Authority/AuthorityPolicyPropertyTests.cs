using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityPolicyPropertyTests
{
    private const int Count = 3_000;

    public static TheoryData<string, ulong> Cases => new()
    {
        { "small", 1UL },
        { "small", 20_240_601UL },
        { "harbor", 7UL },
        { "harbor", 99_991UL },
    };

    private static FirmManifest Firm(string name) => name == "small" ? TestFirms.SmallFirm() : TestFirms.HarborFirm();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_RandomRequests_AgreesWithTheOracle(string firm, ulong seed)
    {
        var manifest = Firm(firm);
        var policy = new AuthorityPolicy(manifest);

        var disagreements = RequestGenerator.Generate(manifest, seed, Count)
            .Where(r => policy.Evaluate(r).Allowed != PolicyOracle.Permits(manifest, r))
            .Select(r => $"{r.ActorId}/{r.Action}")
            .ToList();

        Assert.Empty(disagreements);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_RandomRequests_EveryAllowIsJustified(string firm, ulong seed)
    {
        var manifest = Firm(firm);
        var policy = new AuthorityPolicy(manifest);

        var unjustified = RequestGenerator.Generate(manifest, seed, Count)
            .Where(r => policy.Evaluate(r).Allowed && !PolicyOracle.AllowIsJustified(manifest, r))
            .Count();

        Assert.Equal(0, unjustified);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_RandomRequests_EveryDenialNamesActorRuleAndAKnownRuleId(string firm, ulong seed)
    {
        var manifest = Firm(firm);
        var policy = new AuthorityPolicy(manifest);
        var ruleIds = KnownRuleIds(manifest);

        var bad = RequestGenerator.Generate(manifest, seed, Count)
            .Select(r => (Request: r, Decision: policy.Evaluate(r)))
            .Where(x => !x.Decision.Allowed)
            .Where(x => !ruleIds.Contains(x.Decision.RuleId!)
                || !x.Decision.Reason.StartsWith("Denied: ", StringComparison.Ordinal)
                || !x.Decision.Reason.Contains($"(rule {x.Decision.RuleId})", StringComparison.Ordinal))
            .Select(x => x.Decision.Reason)
            .ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void Generate_SmallFirm_ProducesBothAllowsAndDenials()
    {
        var manifest = TestFirms.SmallFirm();
        var policy = new AuthorityPolicy(manifest);

        var allowed = RequestGenerator.Generate(manifest, 1UL, Count).Count(r => policy.Evaluate(r).Allowed);

        Assert.InRange(allowed, 1, Count - 1);
    }

    private static HashSet<string> KnownRuleIds(FirmManifest manifest) =>
    [
        PolicyRuleIds.UnknownActor, PolicyRuleIds.UndeclaredAction, PolicyRuleIds.ExternalNeedsHuman,
        PolicyRuleIds.NoGrant, PolicyRuleIds.GrantLimits, PolicyRuleIds.DomainOwnerOnly,
        PolicyRuleIds.SeparationUnchecked, PolicyRuleIds.RequiresGatesPassed, PolicyRuleIds.RequiresHumanApproval,
        .. manifest.SeparationOfDuties.Select(s => s.Id),
    ];
}
