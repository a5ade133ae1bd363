using System.Globalization;
using System.Text.Json;
using NexusSim.Cli.Tests.Reporting;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// summary.json's <c>cost_by_tier</c>: recomputed here from the journal's turns (each actor's tokens, its tier's
/// model, that model's price in appsettings.json), not from the code that wrote it.
/// </summary>
public sealed class CostByTierTests : IClassFixture<ReportRunsFixture>
{
    private readonly ReportRunsFixture _runs;

    public CostByTierTests(ReportRunsFixture runs) => _runs = runs;

    [Fact]
    public async Task Run_Default_CostByTierIsEachTiersTokensAtItsModelsPriceAndAddsUpToTheCost()
    {
        var run = _runs.DefaultRun;
        var manifest = ManifestLoader.Load(Paths.ShippedManifest).Manifest!;
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        var models = settings.RootElement.GetProperty("NexusSim").GetProperty("Pricing").GetProperty("Models");
        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var turns = await run.TurnStepsAsync();
        Assert.NotEmpty(turns);
        foreach (var turn in turns)
        {
            var tier = manifest.Actors.Single(a => a.Id == turn.GetProperty("actor").GetString()).Tier!;
            var price = models.GetProperty(manifest.ModelTiers.Single(t => t.Id == tier).Model);
            var cost = ((turn.GetProperty("prompt_tokens").GetInt64() * price.GetProperty("InputPerMillionUsd").GetDecimal())
                + (turn.GetProperty("completion_tokens").GetInt64() * price.GetProperty("OutputPerMillionUsd").GetDecimal())) / 1_000_000m;
            expected[tier] = expected.GetValueOrDefault(tier) + cost;
        }

        var byTier = run.Summary.GetProperty("cost_by_tier").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal(), StringComparer.Ordinal);

        Assert.Equal(["execution", "strategic"], byTier.Keys.Order(StringComparer.Ordinal));
        Assert.All(byTier, p => Assert.Equal(Math.Round(expected[p.Key], 4), p.Value));
        Assert.Equal(Math.Round(expected.Values.Sum(), 4), run.Summary.GetProperty("cost_usd").GetDecimal());
        // The strategic tier's model costs more per token: its share of the cost exceeds its share of the tokens.
        Assert.True(byTier["strategic"] > byTier["execution"], string.Create(CultureInfo.InvariantCulture, $"{byTier["strategic"]} <= {byTier["execution"]}"));
    }
}
