using NexusSim.Cli.Experiments;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>Mean, median and the 95 % Student t-interval against values computed by hand.</summary>
public sealed class EstimateTests
{
    [Fact]
    public void Of_OneToFive_MeanThreeAndHandComputedInterval()
    {
        // s = sqrt(2.5), se = s / sqrt(5) = 0.7071068, t(0.975, 4) = 2.776445 → half-width 1.963243.
        var estimate = Estimate.Of([5, 1, 4, 2, 3])!;

        Assert.Equal(5, estimate.Count);
        Assert.Equal(3, estimate.Mean, 12);
        Assert.Equal(3, estimate.Median, 12);
        Assert.Equal(1.036757, estimate.Low!.Value, 5);
        Assert.Equal(4.963243, estimate.High!.Value, 5);
    }

    [Fact]
    public void Of_TwoValues_IntervalUsesOneDegreeOfFreedom()
    {
        // s = sqrt(2), se = 1, t(0.975, 1) = 12.706205.
        var estimate = Estimate.Of([2, 4])!;

        Assert.Equal(3, estimate.Median, 12);
        Assert.Equal(-9.706205, estimate.Low!.Value, 5);
        Assert.Equal(15.706205, estimate.High!.Value, 5);
    }

    [Fact]
    public void Of_EqualValues_ZeroWidthInterval()
    {
        var estimate = Estimate.Of([7, 7, 7])!;

        Assert.Equal(7, estimate.Low!.Value, 12);
        Assert.Equal(7, estimate.High!.Value, 12);
    }

    [Fact]
    public void Of_OneValue_NoInterval()
    {
        var estimate = Estimate.Of([4])!;

        Assert.Equal(4, estimate.Mean);
        Assert.Null(estimate.Low);
        Assert.Null(estimate.High);
    }

    [Fact]
    public void Of_NoValues_Null()
    {
        Assert.Null(Estimate.Of([]));
    }

    [Theory]
    [InlineData(1, 12.706205)]
    [InlineData(9, 2.262157)]
    [InlineData(30, 2.042272)]
    [InlineData(40, 2.021075)]
    [InlineData(60, 2.000298)]
    [InlineData(120, 1.979930)]
    public void Quantile975_KnownDegreesOfFreedom_MatchesTables(int degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile975(degreesOfFreedom), 4);
    }

    [Fact]
    public void Quantile975_ZeroDegreesOfFreedom_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile975(0));
    }
}
