using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Tests.Briefs;

/// <summary>The brief's fee (fee_usd), programme budget (budget_usd) and risk.</summary>
public sealed class BriefLoaderEconomicsTests
{
    private const string Base =
        "client: Acme (fictional)\nindustry: Retail\nregion: EU\nheadcount: 500\nsituation: Growing.\n" +
        "stalled_pilot: Stalled.\nconstraints:\n  - None\nbudget_usd: 2000000\n";

    [Fact]
    public void Load_FeeAndRisk_ReadSeparatelyFromTheBudget()
    {
        var result = BriefLoader.Load(Base + "fee_usd: 400000\nrisk: high\n", "brief.yaml");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(2_000_000m, result.Brief!.BudgetUsd);
        Assert.Equal(400_000m, result.Brief.FeeUsd);
        Assert.Equal(400_000m, result.Brief.EngagementFeeUsd);
        Assert.Equal(RiskLevel.High, result.Brief.Risk);
    }

    [Fact]
    public void Load_OldBriefWithoutFeeOrRisk_FeeIsTheBudgetAndRiskUnstated()
    {
        var result = BriefLoader.Load(Base, "brief.yaml");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Null(result.Brief!.FeeUsd);
        Assert.Equal(2_000_000m, result.Brief.EngagementFeeUsd);
        Assert.Null(result.Brief.Risk);
    }

    [Theory]
    [InlineData("risk: extreme\n", "risk")]
    [InlineData("risk: High\n", "risk")]
    [InlineData("risk: 2\n", "risk")]
    [InlineData("fee_usd: \"400000\"\n", "fee_usd")]
    [InlineData("fee_usd: 0\n", "fee_usd")]
    [InlineData("fee_usd: -5\n", "fee_usd")]
    public void Load_BadFeeOrRisk_ReportsTheFieldAtItsLine(string line, string field)
    {
        var result = BriefLoader.Load(Base + line, "brief.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(10, error.Line);
    }

    [Theory]
    [InlineData("risk: hgh\n", "Did you mean 'high'?")]
    [InlineData("risk: High\n", "Did you mean 'high'?")]
    [InlineData("risk: meduim\n", "Did you mean 'medium'?")]
    public void Load_MisspeltRisk_GuessesTheLevel(string line, string guess)
    {
        var result = BriefLoader.Load(Base + line, "brief.yaml");

        Assert.EndsWith(guess, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RiskNothingLike_NoGuess()
    {
        var result = BriefLoader.Load(Base + "risk: extreme\n", "brief.yaml");

        Assert.DoesNotContain("Did you mean", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
