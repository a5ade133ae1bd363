namespace NexusSim.Cli.Benchmarks;

/// <summary>What the overhead benchmark measured: model calls of one engagement, median microseconds of the pipeline and of the plain replay loop.</summary>
internal sealed record OverheadFigures(int CallsPerEngagement, double PipelineMicroseconds, double ReplayMicroseconds, int Rounds)
{
    /// <summary>The target of issue 10: at most this many microseconds per model call over the plain loop.</summary>
    public const double TargetMicroseconds = 10;

    /// <summary>What the pipeline adds per model call.</summary>
    public double MicrosecondsPerCall => CallsPerEngagement == 0 ? 0 : (PipelineMicroseconds - ReplayMicroseconds) / CallsPerEngagement;

    public bool TargetMet => MicrosecondsPerCall <= TargetMicroseconds;
}
