using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Audit;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

/// <summary>The context-cut tally read from the audit trail.</summary>
public sealed class ContextCutsTests
{
    [Fact]
    public void Of_BudgetEnforced_CountsOnlyContextEntriesAndSumsTheirTokens()
    {
        var manifest = Manifest() with { Context = new ContextPolicy(BudgetEnforced: true, WholeHistory: true) };
        AuditEntry[] audit =
        [
            Entry("context", "truncated", "120"),
            Entry("submit_deliverable", "executed", "999"),
            Entry("context", "over_budget", "30"),
            Entry("context", "truncated", "not a number"),
        ];

        var tally = ContextCuts.Of(manifest, audit);

        Assert.NotNull(tally);
        Assert.Equal(3, tally.TurnsCut);
        Assert.Equal(150, tally.TokensCut);
        Assert.Equal(1, tally.OverBudget);
    }

    [Fact]
    public void Of_NoBudget_Null()
    {
        Assert.Null(ContextCuts.Of(Manifest(), [Entry("context", "truncated", "5")]));
    }

    private static FirmManifest Manifest() => ManifestLoader.Load(Paths.ShippedManifest).Manifest!;

    private static AuditEntry Entry(string action, string outcome, string tokensCut) => new(
        1, "run", DateTimeOffset.UnixEpoch, "agent", action, outcome, "reason", null,
        new Dictionary<string, string>(StringComparer.Ordinal) { ["tokens_cut"] = tokensCut }, null, null, AuditCanonical.GenesisHash, "hash");
}
