using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// A measured value a draft states in the metric's unit ("averaged 15.8 hours") is computed from the
/// baseline and the measured reduction the same run states as a percentage ("28% lower"), never drawn
/// on its own (it said 9.6 hours beside "28% lower" from a baseline of 22).
/// </summary>
public sealed partial class MeasuredValueTests
{
    private static readonly IndustryProfile Industry = new("Retail", ["retail"], ["demand forecasting"], "average replenishment cycle time", "hours", 14, 30, "rules", "Retail operations benchmark survey", "f.md", 1);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(11)]
    public void Build_ActualValue_IsTheBaselineLessTheMeasuredReduction(ulong seed)
    {
        var facts = FactBaseBuilder.Build(ContentSamples.Insurer, Industry, seed);

        var baseline = facts.Value("baseline");
        var reduction = facts.Value("kpi_actual");
        var value = facts.Value("kpi_actual_value");

        Assert.Equal(Math.Round(baseline * (100m - reduction) / 100m, 1), value);
        Assert.InRange(value, 0m, baseline);
    }

    [Fact]
    public void Compose_RetailDashboard_ActualValueAgreesWithTheReductionItsTableStates()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var checkedBoth = 0;
        foreach (var seed in Enumerable.Range(1, 12))
        {
            var dashboard = run.Run((ulong)seed, new ShippedBriefRun.RunOptions(Live: true))["dashboard"];
            var value = StatedValue().Match(dashboard);
            var reduction = LatestReduction().Match(dashboard);
            var baseline = Baseline().Match(dashboard);
            if (!value.Success || !reduction.Success || !baseline.Success)
            {
                continue;
            }

            var expected = Math.Round(Number(baseline) * (100m - Number(reduction)) / 100m, 1);
            Assert.Equal(expected, Number(value));
            checkedBoth++;
        }

        // Guards the check: the dashboard states both figures in most seeds.
        Assert.True(checkedBoth >= 5, $"Both figures were stated in only {checkedBoth} of 12 seeds.");
    }

    private static decimal Number(Match match) => decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:averaged|stood at|came in at|is) (\d+(?:\.\d+)?) hours")]
    private static partial Regex StatedValue();

    [GeneratedRegex(@"\| (\d+)% lower \[S\d+\] \|\s*$", RegexOptions.Multiline)]
    private static partial Regex LatestReduction();

    [GeneratedRegex(@"baseline average replenishment cycle time = (\d+) hours")]
    private static partial Regex Baseline();
}
