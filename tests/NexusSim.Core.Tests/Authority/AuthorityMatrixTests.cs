using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Authority.Support;

namespace NexusSim.Core.Tests.Authority;

public sealed class AuthorityMatrixTests
{
    public static TheoryData<string> Firms => ["small", "harbor"];

    private static FirmManifest Firm(string name) => name == "small" ? TestFirms.SmallFirm() : TestFirms.HarborFirm();

    [Theory]
    [MemberData(nameof(Firms))]
    public void Compute_AnyFirm_OneCellPerActorAndDeclaredActionInManifestOrder(string firm)
    {
        var manifest = Firm(firm);

        var cells = AuthorityMatrix.Compute(manifest);

        var expected = manifest.Actors.SelectMany(a => manifest.Actions.Select(x => (a.Id, x.Id))).ToList();
        Assert.Equal(expected, cells.Select(c => (c.ActorId, c.Action)).ToList());
    }

    [Theory]
    [MemberData(nameof(Firms))]
    public void Compute_EveryCell_CanActAgreesWithEvaluateUnderFavourableFacts(string firm)
    {
        var manifest = Firm(firm);
        var policy = new AuthorityPolicy(manifest);

        var disagreements = AuthorityMatrix.Compute(manifest)
            .Where(c => c.CanAct != policy.Evaluate(new ActionRequest(c.ActorId, c.Action, PolicyOracle.FavourableFacts(manifest, c.ActorId, c.Action))).Allowed)
            .Select(c => $"{c.ActorId}/{c.Action}")
            .ToList();

        Assert.Empty(disagreements);
    }

    [Theory]
    [MemberData(nameof(Firms))]
    public void Compute_EveryRefusedCell_EvaluateRefusesWithTheOraclesRule(string firm)
    {
        var manifest = Firm(firm);
        var policy = new AuthorityPolicy(manifest);

        var mismatches = AuthorityMatrix.Compute(manifest)
            .Select(c => (Cell: c, Decision: policy.Evaluate(new ActionRequest(c.ActorId, c.Action, PolicyOracle.FavourableFacts(manifest, c.ActorId, c.Action)))))
            .Where(x => (x.Decision.Allowed ? null : x.Decision.RuleId) != PolicyOracle.CellRefusal(manifest, x.Cell.ActorId, x.Cell.Action))
            .Select(x => $"{x.Cell.ActorId}/{x.Cell.Action}: {x.Decision.RuleId}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Firms))]
    public void Compute_EveryCell_GrantedMatchesWhetherEvaluateFindsAGrant(string firm)
    {
        var manifest = Firm(firm);
        var policy = new AuthorityPolicy(manifest);

        var mismatches = AuthorityMatrix.Compute(manifest)
            .Where(c => !c.External || c.Kind == ActorKind.Human)
            .Where(c => c.Granted == (policy.Evaluate(new ActionRequest(c.ActorId, c.Action, ActionFacts.None)).RuleId == PolicyRuleIds.NoGrant))
            .Select(c => $"{c.ActorId}/{c.Action}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Compute_AgentGrantedExternalAction_CellIsGrantedButCannotAct()
    {
        var manifest = TestFirms.SmallFirmBuilder().Grant(ActionIds.ReleaseToClient, "nova").Build();

        var cell = AuthorityMatrix.Compute(manifest).Single(c => c.ActorId == "nova" && c.Action == ActionIds.ReleaseToClient);

        Assert.True(cell.Granted);
        Assert.False(cell.CanAct);
        Assert.Equal("granted (no limits) but refused: external action, human only", cell.Describe());
    }

    [Fact]
    public void Compute_ActorWithTwoGrants_CellListsBothLimitsInOrder()
    {
        var cell = AuthorityMatrix.Compute(TestFirms.SmallFirm()).Single(c => c.ActorId == "kael" && c.Action == ActionIds.CommitBudget);

        Assert.Equal([new GrantLimits(250_000m, RiskLevel.High, null)], cell.Grants);
        Assert.Equal("granted (up to $250,000, risk up to high)", cell.Describe());
    }

    [Fact]
    public void Compute_DomainOwnerOnlyAction_CellNamesOwnedDomains()
    {
        var cell = AuthorityMatrix.Compute(TestFirms.SmallFirm()).Single(c => c.ActorId == "kael" && c.Action == ActionIds.DefineTerm);

        Assert.True(cell.CanAct);
        Assert.Equal("granted (no limits) for own domains: pricing", cell.Describe());
    }

    [Fact]
    public void Compute_DomainOwnerOnlyActionForActorOwningNothing_CannotAct()
    {
        var cell = AuthorityMatrix.Compute(TestFirms.SmallFirm()).Single(c => c.ActorId == "nova" && c.Action == ActionIds.DefineTerm);

        Assert.True(cell.Granted);
        Assert.False(cell.CanAct);
        Assert.Equal("granted (no limits) but refused: owns no domain", cell.Describe());
    }

    [Fact]
    public void Compute_UngrantedCell_DescribedAsNotGranted()
    {
        var cell = AuthorityMatrix.Compute(TestFirms.SmallFirm()).Single(c => c.ActorId == "nova" && c.Action == ActionIds.CommitBudget);

        Assert.False(cell.CanAct);
        Assert.Equal("not granted", cell.Describe());
    }

    [Fact]
    public void Compute_GrantToActorIdInOtherCase_DoesNotGrantTheActor()
    {
        var manifest = TestFirms.SmallFirmBuilder().Grant(ActionIds.CommitBudget, "Nova").Build();

        var cell = AuthorityMatrix.Compute(manifest).Single(c => c.ActorId == "nova" && c.Action == ActionIds.CommitBudget);

        Assert.False(cell.Granted);
    }

    [Fact]
    public void Compute_NullManifest_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AuthorityMatrix.Compute(null!));
    }
}
