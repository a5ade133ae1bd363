using System.Globalization;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Benchmarks;

/// <summary>
/// The figures of `nexussim bench` as <c>name=value</c> lines: numbers in invariant culture,
/// booleans as true/false, sizes in MiB, times in the unit their name ends with.
/// </summary>
internal static class BenchLines
{
    private const double MiB = 1024.0 * 1024.0;

    public static IReadOnlyList<string> Of(BenchFigures run, OverheadFigures overhead, ThroughputFigures throughput)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(overhead);
        ArgumentNullException.ThrowIfNull(throughput);
        return
        [
            Line("cold_run_s", run.ColdRunSeconds, "0.000"),
            Line("warm_run_median_s", run.WarmRunSecondsMedian, "0.000"),
            Line("warm_runs", run.WarmRuns),
            Line("llm_calls_per_run", run.LlmCallsPerRun),
            Line("run_target_met", run.RunTargetMet),
            Line("fuzz_runs", run.FuzzRuns),
            Line("fuzz_s", run.FuzzSeconds, "0.000"),
            Line("fuzz_tool_calls", run.FuzzToolCalls),
            Line("fuzz_refused", run.FuzzToolErrors),
            Line("fuzz_denied", run.FuzzDenied),
            Line("fuzz_unauthorized_executed", run.FuzzUnauthorizedExecuted),
            Line("fuzz_denials_audited", run.FuzzDenialsAudited),
            Line("fuzz_target_met", run.FuzzTargetMet),
            Line("overhead_calls_per_engagement", overhead.CallsPerEngagement),
            Line("overhead_warm_ups", overhead.WarmUps),
            Line("overhead_jit_settled", overhead.JitSettled),
            Line("overhead_rounds", overhead.Rounds),
            Line("overhead_pipeline_ms", overhead.PipelineMicroseconds / 1000, "0.000"),
            Line("overhead_replay_ms", overhead.ReplayMicroseconds / 1000, "0.000"),
            Line("overhead_ratio", overhead.Ratio, "0.00"),
            Line("overhead_us_per_call", overhead.MicrosecondsPerCall, "0.0"),
            Line("overhead_cpu_us_per_call", overhead.CpuMicrosecondsPerCall, "0.0"),
            Line("overhead_allocated_kib_per_call", overhead.AllocatedKibPerCall, "0.0"),
            Line("overhead_floor_us_per_call", overhead.FloorMicrosecondsPerCall, "0.00"),
            Line("overhead_target_met", overhead.TargetMet),
            Line("throughput_protocols", throughput.Protocols),
            Line("throughput_seeds", throughput.Seeds),
            Line("throughput_engagements", throughput.GridEngagements),
            Line("throughput_parallelism", throughput.Parallelism),
            Line("throughput_not_completed", throughput.NotCompleted),
            Line("throughput_wall_s", throughput.GridSeconds, "0.000"),
            Line("throughput_engagements_per_s", throughput.EngagementsPerSecond, "0.0"),
            Line("throughput_target_met", throughput.TimeTargetMet),
            Line("throughput_cpu_ms_per_engagement", throughput.CpuMillisecondsPerEngagement, "0.0"),
            Line("throughput_core_use", throughput.CoreUse, "0.00"),
            Line("throughput_allocated_mb_per_engagement", throughput.GridEngagements == 0 ? 0 : throughput.Cost.AllocatedBytes / MiB / throughput.GridEngagements, "0.0"),
            Line("throughput_gen0_collections", throughput.Cost.Gen0Collections),
            Line("throughput_gen2_collections", throughput.Cost.Gen2Collections),
            Line("throughput_gc_pause_s", throughput.Cost.GcPauseSeconds, "0.000"),
            Line("peak_working_set_mb", throughput.PeakWorkingSetBytes / MiB, "0.0"),
            Line("memory_checkpoint_small", throughput.SmallCheckpoint),
            Line("memory_checkpoint_large", throughput.LargeCheckpoint),
            Line("managed_mb_after_small", throughput.AtSmall.ManagedBytes / MiB, "0.00"),
            Line("managed_mb_after_large", throughput.AtLarge.ManagedBytes / MiB, "0.00"),
            Line("working_set_mb_after_small", throughput.AtSmall.WorkingSetBytes / MiB, "0.0"),
            Line("working_set_mb_after_large", throughput.AtLarge.WorkingSetBytes / MiB, "0.0"),
            Line("managed_growth_pct", throughput.ManagedGrowthPercent, "0.0"),
            Line("memory_target_met", throughput.MemoryTargetMet),
        ];
    }

    private static string Line(string name, double value, string format) => $"{name}={value.ToString(format, CultureInfo.InvariantCulture)}";

    private static string Line(string name, long value) => $"{name}={value.ToString(CultureInfo.InvariantCulture)}";

    private static string Line(string name, bool value) => $"{name}={(value ? "true" : "false")}";
}
