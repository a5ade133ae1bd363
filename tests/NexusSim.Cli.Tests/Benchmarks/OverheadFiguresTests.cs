using NexusSim.Cli.Benchmarks;

namespace NexusSim.Cli.Tests.Benchmarks;

public sealed class OverheadFiguresTests
{
    [Fact]
    public void MicrosecondsPerCall_MachineSpeedChangesBetweenRounds_IsThePairedDifferenceNotTheDifferenceOfMedians()
    {
        // Three rounds on a machine that slows down: the pipeline always costs 40 µs more than the replay,
        // but the medians (200 and 130) come from different rounds and would say 70.
        double[] pipeline = [100, 200, 400];
        double[] replay = [60, 130, 360];
        var paired = OverheadFigures.Median([.. pipeline.Select((p, i) => p - replay[i])]);

        var figures = new OverheadFigures(4, OverheadFigures.Median(pipeline), OverheadFigures.Median(replay), 3, paired);

        Assert.Equal(10, figures.MicrosecondsPerCall);
        Assert.Equal(200.0 / 130.0, figures.Ratio, 9);
        Assert.True(figures.TargetMet);
    }

    [Fact]
    public void CpuMicrosecondsPerCall_IsThePairedCpuDifferenceOverTheCalls()
    {
        var figures = new OverheadFigures(8, 2_000, 1_000, 3, 1_000) { PairedCpuDifferenceMicroseconds = 400 };

        Assert.Equal(50, figures.CpuMicrosecondsPerCall);
        Assert.Equal(125, figures.MicrosecondsPerCall);
        Assert.Equal(0, new OverheadFigures(0, 1, 1, 1, 1) { PairedCpuDifferenceMicroseconds = 400 }.CpuMicrosecondsPerCall);
    }

    [Fact]
    public void AllocatedKibPerCall_IsThePairedByteDifferenceInKibOverTheCalls()
    {
        var figures = new OverheadFigures(8, 2_000, 1_000, 3, 1_000) { PairedAllocatedBytes = 16 * 1024 };

        Assert.Equal(2, figures.AllocatedKibPerCall);
        Assert.Equal(-0.5, new OverheadFigures(8, 1, 1, 1, 1) { PairedAllocatedBytes = -4 * 1024 }.AllocatedKibPerCall);
        Assert.Equal(0, new OverheadFigures(0, 1, 1, 1, 1) { PairedAllocatedBytes = 4096 }.AllocatedKibPerCall);
    }

    [Theory]
    [InlineData(new double[] { }, 0)]
    [InlineData(new double[] { 7 }, 7)]
    [InlineData(new double[] { 9, 1, 5 }, 5)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    public void Median_KnownValues(double[] values, double expected) =>
        Assert.Equal(expected, OverheadFigures.Median(values));

    [Fact]
    public void TargetMet_OverTenMicrosecondsPerCall_IsFalse()
    {
        var figures = new OverheadFigures(10, 2_000, 1_000, 1, 101);

        Assert.Equal(10.1, figures.MicrosecondsPerCall, 9);
        Assert.False(figures.TargetMet);
        Assert.Equal(0, new OverheadFigures(0, 1, 0, 1, 1).MicrosecondsPerCall);
        Assert.Equal(0, new OverheadFigures(1, 1, 0, 1, 1).Ratio);
    }
}
