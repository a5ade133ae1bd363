namespace NexusSim.Cli.Running;

/// <summary>What the benchmark measured.</summary>
internal sealed record BenchFigures(
    double ColdRunSeconds,
    double WarmRunSecondsMedian,
    int WarmRuns,
    long LlmCallsPerRun,
    int FuzzRuns,
    long FuzzToolCalls,
    long FuzzDenied,
    long FuzzToolErrors,
    long FuzzUnauthorizedExecuted,
    long FuzzDenialsAudited,
    double FuzzSeconds)
{
    public const double RunTargetSeconds = 5.0;

    public const long FuzzTarget = 1000;

    public bool RunTargetMet => ColdRunSeconds < RunTargetSeconds;

    public bool FuzzTargetMet => FuzzToolCalls >= FuzzTarget && FuzzUnauthorizedExecuted == 0 && FuzzDenialsAudited == FuzzDenied;
}
