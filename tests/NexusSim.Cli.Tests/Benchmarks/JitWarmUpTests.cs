using NexusSim.Cli.Benchmarks;

namespace NexusSim.Cli.Tests.Benchmarks;

/// <summary>The overhead figure's warm-up: rounds until the JIT has compiled nothing for a while, read from a scripted counter.</summary>
public sealed class JitWarmUpTests
{
    // A compiled-method count that grows by the given amounts, one per round, then stays put.
    private static (JitWarmUp WarmUp, Func<Task> Round) Scripted(params int[] growth)
    {
        long count = 100;
        var round = 0;
        return (new JitWarmUp(() => count), () =>
        {
            count += round < growth.Length ? growth[round] : 0;
            round++;
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task RunAsync_CompilingStopsAfterThreeRounds_StopsAfterTheQuietRoundsThatFollow()
    {
        var (warmUp, round) = Scripted(40, 7, 1);

        var result = await warmUp.RunAsync(round, 0, JitWarmUp.DefaultMaximum);

        Assert.Equal(3 + JitWarmUp.QuietRounds, result.Rounds);
        Assert.True(result.Settled);
    }

    [Fact]
    public async Task RunAsync_OneMethodCompiledLateInTheQuietStretch_StartsCountingAgain()
    {
        var growth = new int[JitWarmUp.QuietRounds + 1];
        growth[0] = 5;
        growth[JitWarmUp.QuietRounds] = 1; // quiet for QuietRounds - 1 rounds, then one method
        var (warmUp, round) = Scripted(growth);

        var result = await warmUp.RunAsync(round, 0, JitWarmUp.DefaultMaximum);

        Assert.Equal(growth.Length + JitWarmUp.QuietRounds, result.Rounds);
        Assert.True(result.Settled);
    }

    [Fact]
    public async Task RunAsync_StillCompilingAtTheMaximum_StopsThereUnsettled()
    {
        var (warmUp, round) = Scripted([.. Enumerable.Repeat(1, 100)]);

        var result = await warmUp.RunAsync(round, 0, 30);

        Assert.Equal(30, result.Rounds);
        Assert.False(result.Settled);
    }

    [Theory]
    [InlineData(25, JitWarmUp.DefaultMaximum, 25, true)] // quiet after 10 rounds, but the minimum is 25
    [InlineData(1, 1, 1, false)] // a fixed count shorter than the quiet stretch cannot show the JIT settled
    [InlineData(0, 0, 0, false)] // --overhead-warm-ups 0: no warm-up at all
    public async Task RunAsync_QuietFromTheStart_RunsTheMinimumAndSaysWhetherTheQuietStretchWasSeen(int minimum, int maximum, int rounds, bool settled)
    {
        var (warmUp, round) = Scripted();

        var result = await warmUp.RunAsync(round, minimum, maximum);

        Assert.Equal((rounds, settled), (result.Rounds, result.Settled));
    }

    [Fact]
    public async Task RunAsync_MaximumBelowMinimum_Throws()
    {
        var (warmUp, round) = Scripted();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => warmUp.RunAsync(round, 5, 4));
    }
}
