using NexusSim.Cli.Benchmarks;

namespace NexusSim.Cli.Tests.Benchmarks;

public sealed class ToolCallFloorTests
{
    [Fact]
    public async Task Measure_SendsEveryTimedTurnsToolCallThroughTheKernelFilterAndRunsIt()
    {
        var result = await ToolCallFloor.MeasureAsync(3, CancellationToken.None);

        Assert.Equal(3 * ToolCallFloor.TurnsPerRound, result.Turns);
        // One tool call a turn, each passed on by the filter and run by the kernel function: a floor
        // measured on a path that skipped the kernel or its filter would count none.
        Assert.Equal(result.Turns, result.Filtered);
        Assert.Equal(result.Turns, result.FunctionRuns);
        Assert.True(double.IsFinite(result.MicrosecondsPerCall));
    }

    [Fact]
    public async Task Measure_TimesAtLeastOneRound()
    {
        var result = await ToolCallFloor.MeasureAsync(0, CancellationToken.None);

        Assert.Equal(ToolCallFloor.TurnsPerRound, result.Turns);
        Assert.Equal(result.Turns, result.Filtered);
    }
}
