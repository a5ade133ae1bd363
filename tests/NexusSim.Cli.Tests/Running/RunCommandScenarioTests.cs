using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Each failure-mode scenario's effect with its catching mechanism on and off, same seed.</summary>
public sealed class RunCommandScenarioTests : IDisposable
{
    [Fact]
    public async Task Scenario_FantasyApproval_EvidenceCheckTurnsUnreadPassesIntoFailuresOnlyWhenOn()
    {
        var caught = await RunAsync("fantasy_approval");
        var uncaught = await RunAsync("fantasy_approval:uncaught");

        Assert.True(caught.Number("gate_failures") > uncaught.Number("gate_failures"),
            $"caught {caught.Number("gate_failures")}, uncaught {uncaught.Number("gate_failures")}");
        Assert.Equal("approve-all", uncaught.Text("approver"));
    }

    [Fact]
    public async Task Scenario_TerminologyDrift_ConsistencyCheckKeepsVariantsOutOfDeliverablesOnlyWhenOn()
    {
        var caught = await RunAsync("terminology_drift");
        var uncaught = await RunAsync("terminology_drift:uncaught");

        Assert.Equal(0, Variants(caught));
        Assert.True(Variants(uncaught) > 0);
    }

    [Fact]
    public async Task Scenario_RoleDrift_AuthorityDeniesOnlyWhenOn()
    {
        var caught = await RunAsync("role_drift");
        var uncaught = await RunAsync("role_drift:uncaught");

        Assert.True(caught.Number("denied_actions") > 0);
        Assert.Equal(0, caught.Number("unauthorized_executed"));
        Assert.Equal(0, uncaught.Number("denied_actions"));
        Assert.True(uncaught.Number("unauthorized_executed") > 0);
        Assert.Equal(uncaught.Number("would_be_denied"), uncaught.Number("unauthorized_executed"));
    }

    [Fact]
    public async Task Scenario_PricingDrift_IntakeBandDeclinesTheInflatedQuoteOnlyWhenOn()
    {
        var caught = await RunAsync("pricing_drift");
        var uncaught = await RunAsync("pricing_drift:uncaught");

        Assert.Equal("declined", caught.Text("status"));
        Assert.Contains("price band", caught.Text("declined_reason"), StringComparison.Ordinal);
        Assert.Equal("completed", uncaught.Text("status"));
        var fee = uncaught.Summary.GetProperty("fee_usd").GetDecimal();
        var line = ManifestLoader.Load(Paths.ShippedManifest).Manifest!.ServiceLine(uncaught.Text("service_line"));
        Assert.True(fee > line.PriceMaxUsd, $"fee {fee}, band max {line.PriceMaxUsd}");
    }

    [Fact]
    public async Task Scenario_Unknown_ExitsTwoListingTheScenarios()
    {
        using var output = new TempDirectory();

        var result = await CliRunner.RunEngagementAsync(output.Path, "--scenario", "hallucination");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fantasy_approval", result.Output, StringComparison.Ordinal);
        Assert.Contains(":uncaught", result.Output, StringComparison.Ordinal);
    }

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<RunOutput> RunAsync(string scenario)
    {
        var output = Path.Combine(_temp.Path, scenario.Replace(':', '-'));
        var result = await CliRunner.RunEngagementAsync(output, "--scenario", scenario);
        Assert.Equal(0, result.ExitCode);
        var run = RunOutput.Single(output);
        Assert.Contains(run.Summary.GetProperty("governance").EnumerateArray(), e => e.GetString()!.Length > 0);
        return run;
    }

    private static int Variants(RunOutput run)
    {
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;
        var text = string.Concat(run.DeliverableFiles().Values.Select(b => System.Text.Encoding.UTF8.GetString(b)));
        return manifest.Glossary.SelectMany(g => g.ForbiddenVariants).Sum(v => CountOf(text, v));
    }

    private static int CountOf(string text, string variant)
    {
        var count = 0;
        for (var i = text.IndexOf(variant, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(variant, i + variant.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
