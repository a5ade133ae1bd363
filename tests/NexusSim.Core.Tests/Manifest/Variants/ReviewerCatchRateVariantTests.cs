using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Variants;

/// <summary>The careful reviewer's catch rate as a governance setting: `reviewer.catch_rate`, 0 to 1.</summary>
public sealed class ReviewerCatchRateVariantTests : IDisposable
{
    private static readonly FirmManifest Shipped = ManifestLoader.Load(RepoRoot.ShippedManifest).Manifest!;
    private readonly string _dir = Directory.CreateTempSubdirectory("nexussim-catch-rate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("1", 1.0)]
    public void Apply_CatchRateInRange_VariantCarriesItAndANewHash(string value, double expected)
    {
        var result = ManifestVariant.Apply(Shipped, [], [$"reviewer.catch_rate={value}"]);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        Assert.Equal(expected, result.Variant!.ReviewerCatchRate);
        Assert.NotEqual(Shipped.ContentHash, result.Variant.Manifest.ContentHash);
        Assert.Equal([$"reviewer.catch_rate={value}"], result.Variant.Settings);
    }

    [Fact]
    public void Apply_NoCatchRateSetting_Null()
    {
        var result = ManifestVariant.Apply(Shipped, [], ["reviewer_fallibility=0.2"]);

        Assert.Null(result.Variant!.ReviewerCatchRate);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Apply_CatchRateOutOfRangeOrNotANumber_Nx0087NamingThePairAndTheRange(string value)
    {
        var pair = $"reviewer.catch_rate={value}";

        var result = ManifestVariant.Apply(Shipped, [], [pair]);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Variant);
        Assert.Equal(ErrorCodes.OverlayBadValue, error.Code);
        Assert.Contains(pair, error.Location.File, StringComparison.Ordinal);
        Assert.Contains("reviewer.catch_rate", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer:\n  catch_rate: 1.5\n", 2)]
    [InlineData("gates: on\nreviewer.catch_rate: abc\n", 2)]
    [InlineData("reviewer.catch_rate: -0.1\n", 1)]
    [InlineData("reviewer.catch_rate:\n", 1)]
    public void Apply_OverlayFileWithBadCatchRate_Nx0087AtTheFileAndLine(string yaml, int line)
    {
        var path = Path.Combine(_dir, "variant.yaml");
        File.WriteAllText(path, yaml);

        var result = ManifestVariant.Apply(Shipped, [path], []);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.OverlayBadValue, error.Code);
        Assert.Equal(path, error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains("reviewer.catch_rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OverlayThenSet_LastCatchRateWins()
    {
        var path = Path.Combine(_dir, "careful.yaml");
        File.WriteAllText(path, "reviewer:\n  catch_rate: 0.9\n");

        var result = ManifestVariant.Apply(Shipped, [path], ["reviewer.catch_rate=0.25"]);

        Assert.Equal(0.25, result.Variant!.ReviewerCatchRate);
    }

    [Fact]
    public void Keys_Listed_IncludeTheCatchRate()
    {
        Assert.Contains("reviewer.catch_rate", ManifestVariant.Keys);
    }
}
