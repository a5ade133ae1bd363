namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// The overhead benchmark's figures: medians per engagement of the pipeline and of the plain replay,
/// and the median of the rounds' paired differences (each round runs the pipeline and then the
/// replay back to back, so a difference is taken while the machine runs at one speed: on a shared
/// machine the two medians can come from rounds minutes apart in speed, the paired difference cannot).
/// </summary>
internal sealed record OverheadFigures(int CallsPerEngagement, double PipelineMicroseconds, double ReplayMicroseconds, int Rounds, double PairedDifferenceMicroseconds)
{
    /// <summary>The target of issue 10: at most this many microseconds per model call over the plain loop.</summary>
    public const double TargetMicroseconds = 10;

    /// <summary>What the pipeline adds per model call: the median paired difference ÷ model calls.</summary>
    public double MicrosecondsPerCall => CallsPerEngagement == 0 ? 0 : PairedDifferenceMicroseconds / CallsPerEngagement;

    /// <summary>The pipeline's median time over the replay's: how many times the stub's own time an engagement takes.</summary>
    public double Ratio => ReplayMicroseconds <= 0 ? 0 : PipelineMicroseconds / ReplayMicroseconds;

    public bool TargetMet => MicrosecondsPerCall <= TargetMicroseconds;

    /// <summary>
    /// The median over rounds of (the pipeline's CPU time − the replay's), every thread of the process
    /// counted: a second reading of the same difference; far from the wall-time one, it flags rounds
    /// during which the host took cores from the process.
    /// </summary>
    public double PairedCpuDifferenceMicroseconds { get; init; }

    /// <summary>What the pipeline adds per model call in CPU time: <see cref="PairedCpuDifferenceMicroseconds"/> ÷ model calls.</summary>
    public double CpuMicrosecondsPerCall => CallsPerEngagement == 0 ? 0 : PairedCpuDifferenceMicroseconds / CallsPerEngagement;

    /// <summary>
    /// The median over rounds of (the bytes the pipeline allocated − the bytes the replay allocated),
    /// every thread counted: what the pipeline's own work costs the garbage collector.
    /// </summary>
    public double PairedAllocatedBytes { get; init; }

    /// <summary>What the pipeline allocates per model call over the plain loop, in KiB.</summary>
    public double AllocatedKibPerCall => CallsPerEngagement == 0 ? 0 : PairedAllocatedBytes / 1024 / CallsPerEngagement;

    /// <summary>
    /// What the tool-call path alone adds per model call (see <see cref="ToolCallFloor"/>): the part of
    /// <see cref="MicrosecondsPerCall"/> that Semantic Kernel's and Microsoft.Extensions.AI's function
    /// invocation costs with nothing of NexusSim's behind it.
    /// </summary>
    public double FloorMicrosecondsPerCall { get; init; }

    /// <summary>Warm-up rounds run before the timed ones.</summary>
    public int WarmUps { get; init; }

    /// <summary>Whether the JIT had stopped compiling when the timed rounds began (see <see cref="JitWarmUp"/>).</summary>
    public bool JitSettled { get; init; }

    /// <summary>The median of <paramref name="values"/> (0 when empty).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
