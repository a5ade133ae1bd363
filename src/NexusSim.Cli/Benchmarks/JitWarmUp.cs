namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// Warm-up until the JIT has settled. .NET compiles a method quickly first and again, optimized,
/// once it has run often enough, on a background thread whose work is put off while new methods
/// keep arriving; on a 2-core machine an engagement's code takes a couple of hundred rounds to be
/// all optimized, and a round timed before then times the JIT, not the pipeline. So rounds run until
/// <see cref="QuietRounds"/> in a row compile no method (the process's compiled-method count does
/// not move), after at least <c>minimum</c> rounds and at most <c>maximum</c>.
/// </summary>
internal sealed class JitWarmUp
{
    /// <summary>Rounds in a row that compile nothing before the JIT counts as settled.</summary>
    public const int QuietRounds = 10;

    /// <summary>Warm-up rounds at most when no count is given.</summary>
    public const int DefaultMaximum = 2000;

    private readonly Func<long> _compiledMethods;

    /// <summary>A warm-up reading the compiled-method count from <paramref name="compiledMethods"/>.</summary>
    public JitWarmUp(Func<long> compiledMethods) =>
        _compiledMethods = compiledMethods ?? throw new ArgumentNullException(nameof(compiledMethods));

    /// <summary>The process's JIT: methods compiled so far, on every thread.</summary>
    public static JitWarmUp OfProcess() => new(() => System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false));

    /// <summary>
    /// Runs <paramref name="round"/> at least <paramref name="minimum"/> and at most
    /// <paramref name="maximum"/> times, stopping once the last <see cref="QuietRounds"/> rounds
    /// compiled nothing. Settled says whether they did when it stopped.
    /// </summary>
    public async Task<WarmUpResult> RunAsync(Func<Task> round, int minimum, int maximum, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        var quiet = 0;
        var rounds = 0;
        var before = _compiledMethods();
        while (rounds < maximum && (rounds < minimum || quiet < QuietRounds))
        {
            await round().ConfigureAwait(false);
            rounds++;
            var after = _compiledMethods();
            quiet = after == before ? quiet + 1 : 0;
            before = after;
            progress?.Invoke(rounds);
        }

        return new WarmUpResult(rounds, quiet >= QuietRounds);
    }
}

/// <summary>How many warm-up rounds ran, and whether the JIT had settled when they stopped.</summary>
internal readonly record struct WarmUpResult(int Rounds, bool Settled);
