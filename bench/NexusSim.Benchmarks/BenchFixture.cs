using NexusSim.Cli.Benchmarks;
using NexusSim.Cli.Running;

namespace NexusSim.Benchmarks;

/// <summary>The default run of the shipped firm, resolved as `nexussim run` resolves it, and one engagement of it run in memory.</summary>
internal static class BenchFixture
{
    private static readonly Lazy<(ResolvedRun Run, InMemoryEngagement Engagement, InMemoryOutcome Outcome)> Default = new(Create);

    public static ResolvedRun Run => Default.Value.Run;

    public static InMemoryEngagement Engagement => Default.Value.Engagement;

    /// <summary>The engagement that ran once: its deliverables feed the gate and audit benchmarks.</summary>
    public static InMemoryOutcome Outcome => Default.Value.Outcome;

    private static (ResolvedRun, InMemoryEngagement, InMemoryOutcome) Create()
    {
        var (run, engagement) = InMemoryEngagement.ForDefaultRun(Path.Combine(Path.GetTempPath(), $"nexussim-benchmarks-{Environment.ProcessId}"));
        var outcome = engagement.RunAsync(run, null, CancellationToken.None).GetAwaiter().GetResult();
        return (run, engagement, outcome);
    }
}
