using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Manifest.Variants;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Variants;

/// <summary>
/// The careful reviewer's and the approving human's catch rates as governance settings:
/// `reviewer.catch_rate` and `human.catch_rate`, each 0 to 1, each carried on its own.
/// </summary>
public sealed class CatchRateVariantTests : IDisposable
{
    private static readonly FirmManifest Shipped = ManifestLoader.Load(RepoRoot.ShippedManifest).Manifest!;
    private readonly string _dir = Directory.CreateTempSubdirectory("nexussim-catch-rate-").FullName;

    public static TheoryData<string> Keys => new() { "reviewer.catch_rate", "human.catch_rate" };

    public static TheoryData<string, string, double> InRange => Cross(["0", "0.5", "1"], v => (v, double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)));

    public static TheoryData<string, string> Bad
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var key in Keys)
            {
                foreach (var value in new[] { "-0.1", "1.5", "abc", string.Empty, "NaN", "Infinity" })
                {
                    data.Add(key, value);
                }
            }

            return data;
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(InRange))]
    public void Apply_CatchRateInRange_VariantCarriesItAloneAndANewHash(string key, string value, double expected)
    {
        var result = ManifestVariant.Apply(Shipped, [], [$"{key}={value}"]);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        Assert.Equal(expected, Rate(result.Variant!, key));
        Assert.Null(Rate(result.Variant!, Other(key)));
        Assert.NotEqual(Shipped.ContentHash, result.Variant!.Manifest.ContentHash);
        Assert.Equal([$"{key}={value}"], result.Variant.Settings);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Apply_NoCatchRateSetting_Null(string key)
    {
        var result = ManifestVariant.Apply(Shipped, [], ["reviewer_fallibility=0.2"]);

        Assert.Null(Rate(result.Variant!, key));
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void Apply_CatchRateOutOfRangeOrNotANumber_Nx0087NamingThePairAndTheRange(string key, string value)
    {
        var pair = $"{key}={value}";

        var result = ManifestVariant.Apply(Shipped, [], [pair]);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Variant);
        Assert.Equal(ErrorCodes.OverlayBadValue, error.Code);
        Assert.Contains(pair, error.Location.File, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer:\n  catch_rate: 1.5\n", 2, "reviewer.catch_rate")]
    [InlineData("gates: on\nreviewer.catch_rate: abc\n", 2, "reviewer.catch_rate")]
    [InlineData("reviewer.catch_rate: -0.1\n", 1, "reviewer.catch_rate")]
    [InlineData("reviewer.catch_rate:\n", 1, "reviewer.catch_rate")]
    [InlineData("human:\n  catch_rate: 2\n", 2, "human.catch_rate")]
    [InlineData("gates: on\nhuman.catch_rate: half\n", 2, "human.catch_rate")]
    public void Apply_OverlayFileWithBadCatchRate_Nx0087AtTheFileAndLine(string yaml, int line, string key)
    {
        var path = Path.Combine(_dir, "variant.yaml");
        File.WriteAllText(path, yaml);

        var result = ManifestVariant.Apply(Shipped, [path], []);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.OverlayBadValue, error.Code);
        Assert.Equal(path, error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Apply_OverlayThenSet_LastCatchRateWins(string key)
    {
        var path = Path.Combine(_dir, "careful.yaml");
        var (section, name) = (key.Split('.')[0], key.Split('.')[1]);
        File.WriteAllText(path, $"{section}:\n  {name}: 0.9\n");

        var result = ManifestVariant.Apply(Shipped, [path], [$"{key}=0.25"]);

        Assert.Equal(0.25, Rate(result.Variant!, key));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Keys_Listed_IncludeTheCatchRate(string key)
    {
        Assert.Contains(key, ManifestVariant.Keys);
    }

    private static double? Rate(GovernanceVariant variant, string key) =>
        key == "human.catch_rate" ? variant.HumanCatchRate : variant.ReviewerCatchRate;

    private static string Other(string key) => key == "human.catch_rate" ? "reviewer.catch_rate" : "human.catch_rate";

    private static TheoryData<string, string, double> Cross(string[] values, Func<string, (string, double)> parse)
    {
        var data = new TheoryData<string, string, double>();
        foreach (var key in Keys)
        {
            foreach (var value in values)
            {
                var (text, rate) = parse(value);
                data.Add(key, text, rate);
            }
        }

        return data;
    }
}
