using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`nexussim bench` at tiny scales: every documented name=value line, with a value that parses. No timing is asserted.</summary>
public sealed partial class BenchCommandTests : IClassFixture<BenchCommandTests.TinyBench>
{
    private readonly TinyBench _bench;

    public BenchCommandTests(TinyBench bench) => _bench = bench;

    /// <summary>The names the README's Performance section documents, in the order bench prints them.</summary>
    private static readonly string[] DocumentedNames =
    [
        "cold_run_s", "warm_run_median_s", "warm_runs", "llm_calls_per_run", "run_target_met",
        "fuzz_runs", "fuzz_s", "fuzz_tool_calls", "fuzz_refused", "fuzz_denied", "fuzz_unauthorized_executed", "fuzz_denials_audited", "fuzz_target_met",
        "overhead_calls_per_engagement", "overhead_warm_ups", "overhead_jit_settled", "overhead_rounds", "overhead_pipeline_ms", "overhead_replay_ms", "overhead_ratio", "overhead_us_per_call", "overhead_cpu_us_per_call", "overhead_allocated_kib_per_call", "overhead_floor_us_per_call", "overhead_target_met",
        "throughput_protocols", "throughput_seeds", "throughput_engagements", "throughput_parallelism", "throughput_not_completed",
        "throughput_wall_s", "throughput_engagements_per_s", "throughput_target_met",
        "throughput_cpu_ms_per_engagement", "throughput_core_use", "throughput_allocated_mb_per_engagement",
        "throughput_gen0_collections", "throughput_gen2_collections", "throughput_gc_pause_s", "peak_working_set_mb",
        "memory_checkpoint_small", "memory_checkpoint_large", "managed_mb_after_small", "managed_mb_after_large",
        "working_set_mb_after_small", "working_set_mb_after_large", "managed_growth_pct", "memory_target_met",
    ];

    [Fact]
    public void Bench_TinyScales_PrintsEveryDocumentedFigureWithAParseableValue()
    {
        var result = _bench.Result;

        var figures = Figures(result.Output);
        Assert.Equal(DocumentedNames, figures.Keys);
        Assert.All(figures, pair => Assert.True(
            pair.Key.EndsWith("_met", StringComparison.Ordinal) || pair.Key.EndsWith("_settled", StringComparison.Ordinal) ? pair.Value is "true" or "false" : double.TryParse(pair.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            $"{pair.Key}={pair.Value} is not a number (or true/false for a target)."));
        // The scaled-down fuzz misses the 1,000-call target, so the exit code says a target was missed.
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("false", figures["fuzz_target_met"]);
    }

    [Fact]
    public void Bench_OneWarmUpRound_ProgressSaysRoundInTheSingular()
    {
        Assert.Matches(@"after 1 warm-up round(;|\r?\n)", _bench.Result.Output);
        Assert.DoesNotContain("1 warm-up rounds", _bench.Result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_TinyScales_FiguresAgreeWithEachOtherAndTheOptions()
    {
        var figures = Figures(_bench.Result.Output);
        // The in-memory pipeline makes exactly the model calls the written default run made.
        Assert.Equal(figures["llm_calls_per_run"], figures["overhead_calls_per_engagement"]);
        Assert.True(long.Parse(figures["overhead_calls_per_engagement"], CultureInfo.InvariantCulture) > 0);
        // --overhead-warm-ups 1 is taken as given, not stretched until the JIT settles.
        Assert.Equal("1", figures["overhead_warm_ups"]);
        Assert.Equal("2", figures["throughput_seeds"]);
        Assert.Equal((long.Parse(figures["throughput_protocols"], CultureInfo.InvariantCulture) * 2).ToString(CultureInfo.InvariantCulture), figures["throughput_engagements"]);
        Assert.Equal("3", figures["memory_checkpoint_large"]);
        Assert.Equal("1", figures["memory_checkpoint_small"]);
        Assert.Equal("0", figures["fuzz_unauthorized_executed"]);
        // The grid's engagements cost CPU and allocate: a figure stuck at 0 would read nothing.
        Assert.True(double.Parse(figures["throughput_cpu_ms_per_engagement"], CultureInfo.InvariantCulture) > 0);
        Assert.True(double.Parse(figures["throughput_allocated_mb_per_engagement"], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void ReadmePerformanceSection_Read_DocumentsEveryName()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("## Performance", StringComparison.Ordinal)..];

        Assert.All(DocumentedNames, name => Assert.Contains($"`{name}`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Bench_NoWarmRuns_SaysTheyWereSkippedNotAMedianOverNone()
    {
        var output = _bench.Result.Output;

        Assert.Contains("warm runs: skipped (--warm-runs 0)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("over 0", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 1.5 }, "warm runs: median 1.500 s over 1 run")]
    [InlineData(new[] { 1.25, 2.5 }, "warm runs: median 2.500 s over 2 runs")]
    public void WarmRunsLine_SomeRuns_MedianWithTheRunsCounted(double[] sorted, string expected)
    {
        Assert.Equal(expected, NexusSim.Cli.Running.Bench.WarmRunsLine(sorted));
    }

    /// <summary>One tiny bench run shared by the tests that read its figures (a bench run takes seconds).</summary>
    public sealed class TinyBench : IAsyncLifetime
    {
        internal CliResult Result { get; private set; } = new(-1, string.Empty);

        public async Task InitializeAsync() =>
            Result = await CliRunner.RunAsync("bench", "--warm-runs", "0", "--fuzz-calls", "1", "--overhead-rounds", "1", "--overhead-warm-ups", "1", "--seeds", "2", "--engagements", "3", "--parallelism", "2");

        public Task DisposeAsync() => Task.CompletedTask;
    }

    private static Dictionary<string, string> Figures(string output)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in FigureLine().Matches(output))
        {
            Assert.True(figures.TryAdd(match.Groups[1].Value, match.Groups[2].Value.Trim()), $"{match.Groups[1].Value} printed twice.");
        }

        return figures;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NexusSim.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NexusSim.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"^([a-z][a-z0-9_]*)=(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FigureLine();
}
