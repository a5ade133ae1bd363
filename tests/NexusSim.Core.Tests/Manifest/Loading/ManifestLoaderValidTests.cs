using NexusSim.Core.Manifest;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

public sealed class ManifestLoaderValidTests
{
    [Fact]
    public void Load_ValidFixture_HasNoErrors()
    {
        using var workspace = ManifestWorkspace.Valid();

        var result = workspace.Load();

        Assert.True(result.IsValid, ManifestAssert.Describe(result));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_ValidFixture_MapsTheWholeFirm()
    {
        using var workspace = ManifestWorkspace.Valid();

        var manifest = workspace.Load().Manifest!;

        Assert.Equal(["principal", "lead", "analyst", "editor"], manifest.Actors.Select(a => a.Id));
        Assert.Single(manifest.Actors, a => a.IsHuman);
        Assert.Equal(["market_scan", "strategy_memo"], manifest.DeliverableTypes.Select(d => d.Id));
        Assert.Equal([GateKind.Review, GateKind.Review, GateKind.Approval], manifest.Gates.Select(g => g.Kind));
        Assert.Equal(["scan_chain", "memo_chain"], manifest.Chains.Select(c => c.Id));
        Assert.Equal(250000m, manifest.Grants.Single(g => g.Action == ActionIds.CommitBudget).Limits.MaxAmountUsd);
        Assert.Equal("You are the research analyst.\n", manifest.Actors.Single(a => a.Id == "analyst").IdentityText);
    }

    [Fact]
    public void Load_ValidFixture_AppliesGateDefaults()
    {
        using var workspace = ManifestWorkspace.Valid();

        var factCheck = workspace.Load().Manifest!.Gates.Single(g => g.Id == "fact_check");

        Assert.Equal(3, factCheck.MaxAttempts);
        Assert.Equal(FailAction.Rework, factCheck.OnFail);
        Assert.True(factCheck.Blocking);
    }

    [Fact]
    public void Load_EntryFilePathInsteadOfDirectory_LoadsTheSameManifest()
    {
        using var workspace = ManifestWorkspace.Valid();

        var fromDirectory = workspace.Load();
        var fromFile = ManifestLoader.Load(workspace.PathOf(ValidManifest.EntryFile));

        Assert.True(fromFile.IsValid, ManifestAssert.Describe(fromFile));
        Assert.Equal(fromDirectory.Manifest!.ContentHash, fromFile.Manifest!.ContentHash);
    }
}
