using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Context;

/// <summary>The per-tier context budget: the manifest field, the context.* settings and the context_overflow scenario's bundle.</summary>
public sealed class ContextBudgetTests
{
    private static readonly FirmManifest Shipped = ManifestLoader.Load(RepoRoot.ShippedManifest).Manifest!;

    [Fact]
    public void Load_TierWithBudget_ReadsIt()
    {
        using var workspace = ManifestWorkspace.Valid().Replace("ms_per_output_token: 1.5\n", "ms_per_output_token: 1.5\n    context_budget_tokens: 2500\n");

        var result = workspace.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        Assert.Equal(2500, Assert.Single(result.Manifest!.ModelTiers).ContextBudgetTokens);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("20000000")]
    public void Load_TierBudgetNotPositiveOrHuge_NX0089NamingTheLine(string value)
    {
        using var workspace = ManifestWorkspace.Valid().Replace("ms_per_output_token: 1.5\n", $"ms_per_output_token: 1.5\n    context_budget_tokens: {value}\n");

        var result = workspace.Load();

        Assert.Null(result.Manifest);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ContextBudgetNotPositive, error.Code);
        Assert.Equal(workspace.LineOf(ValidManifest.EntryFile, "context_budget_tokens"), error.Location.Line);
        Assert.Contains("context_budget_tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_Default_NoBudgetEvenWhereTheTierDeclaresOne()
    {
        var tier = Shipped.ModelTiers[0] with { ContextBudgetTokens = 100 };

        Assert.Null(Shipped.Context.BudgetOf(tier));
        Assert.False(Shipped.Context.WholeHistory);
    }

    [Fact]
    public void Apply_ContextSettings_EnforceSetAndScope()
    {
        var tier = Shipped.ModelTiers[0];

        var result = ManifestVariant.Apply(Shipped, [], ["context.budget=on", $"context.budget.{tier.Id}=1234", "context.scope=history"]);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        var manifest = result.Variant!.Manifest;
        Assert.Equal(1234, manifest.Context.BudgetOf(manifest.Tier(tier.Id)));
        Assert.Equal(ContextPolicy.DefaultBudgetTokens, manifest.Context.BudgetOf(manifest.ModelTiers.First(t => t.Id != tier.Id)));
        Assert.True(manifest.Context.WholeHistory);
        Assert.NotEqual(Shipped.ContentHash, manifest.ContentHash);
    }

    [Theory]
    [InlineData("context.budget.nope=100", ErrorCodes.OverlayUnknownId)]
    [InlineData("context.budget.execution=0", ErrorCodes.ContextBudgetNotPositive)]
    [InlineData("context.budget.execution=-1", ErrorCodes.ContextBudgetNotPositive)]
    [InlineData("context.budget.execution=lots", ErrorCodes.ContextBudgetNotPositive)]
    [InlineData("context.budget=maybe", ErrorCodes.OverlayBadValue)]
    [InlineData("context.scope=everything", ErrorCodes.OverlayBadValue)]
    [InlineData("context.window=on", ErrorCodes.OverlayUnknownSetting)]
    public void Apply_BadContextSetting_OneErrorWithItsCode(string pair, string code)
    {
        var result = ManifestVariant.Apply(Shipped, [], [pair]);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void Scenario_ContextOverflow_EnforcesBudgetsAndOnlyUncaughtSendsTheWholeHistory()
    {
        var caught = FailureScenarios.SettingsOf("context_overflow")!;
        var uncaught = FailureScenarios.SettingsOf("context_overflow" + FailureScenarios.Uncaught)!;

        var on = ManifestVariant.Apply(Shipped, [], caught).Variant!.Manifest.Context;
        var off = ManifestVariant.Apply(Shipped, [], uncaught).Variant!.Manifest.Context;

        Assert.Contains("context_overflow", FailureScenarios.Names);
        Assert.True(on.BudgetEnforced);
        Assert.False(on.WholeHistory);
        Assert.True(off.BudgetEnforced);
        Assert.True(off.WholeHistory);
    }
}
