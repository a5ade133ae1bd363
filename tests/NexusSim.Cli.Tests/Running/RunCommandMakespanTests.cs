using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// Why governed and ungoverned runs of the default brief report the same makespan: the clock charges
/// every review and rework turn, but under the chain protocol each deliverable waits for the Board
/// Advisor's next check-in, and the agents' minutes never cross one. The human here does not read
/// (<c>human.catch_rate=0</c>), so both runs put the same six decisions before them: a reading human
/// sends back what the ungoverned run lets through, and each rejection costs a check-in.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class RunCommandMakespanTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_HumanAlwaysAtTheDesk_GovernanceAddsExactlyItsExtraAgentMinutesToTheMakespan()
    {
        using var environment = new EnvironmentScope(("NexusSim__Simulation__HumanCheckInsPerDay", "0"));

        var governed = await RunAsync("governed-desk");
        var ungoverned = await RunAsync("ungoverned-desk", "--set", "gates=off", "--set", "authority=record_only");

        var extraWork = Minutes(governed, "busy_minutes") - Minutes(ungoverned, "busy_minutes");
        Assert.True(extraWork > 0, "the reviews and rework took no agent time");
        // summary.json rounds each figure to 0.001 minute, so each difference of two rounded figures is
        // within 0.001 of the true one, and the two differences within 0.002 of each other (4.209 against 4.208).
        Assert.Equal(extraWork, Minutes(governed, "simulated_minutes") - Minutes(ungoverned, "simulated_minutes"), 0.002 + 1e-9);
        Assert.Equal(Minutes(ungoverned, "human_hours"), Minutes(governed, "human_hours"), 6);
    }

    [Fact]
    public async Task Run_TwoCheckInsADay_BothRunsEndAtTheSixthCheckInPlusOneReview()
    {
        var governed = await RunAsync("governed");
        var ungoverned = await RunAsync("ungoverned", "--set", "gates=off", "--set", "authority=record_only");

        // Six deliverables one after another on the chain's one lane, each put forward a few agent-minutes
        // after the last release. Check-ins at 09:00 and 13:00 (2 a day over 8 hours): the first request
        // (09:0x) waits for 13:00; each later one for the next check-in; each decision takes 30 minutes.
        // Approvals at Mon 13:00, Tue 09:00, Tue 13:00, Wed 09:00, Wed 13:00, Thu 09:00, so the last ends
        // Thu 09:30: 3 days and 30 minutes after Mon 09:00.
        const double expected = (3 * 24 * 60) + 30;
        Assert.Equal(expected, Minutes(governed, "simulated_minutes"), 3);
        Assert.Equal(expected, Minutes(ungoverned, "simulated_minutes"), 3);
        Assert.True(Minutes(governed, "busy_minutes") > Minutes(ungoverned, "busy_minutes"));
    }

    private async Task<RunOutput> RunAsync(string name, params string[] args)
    {
        var output = _temp.Combine(name);
        var result = await CliRunner.RunEngagementAsync(output, ["--set", "human.catch_rate=0", .. args]);
        Assert.True(result.ExitCode == 0, result.Output);
        return RunOutput.Single(output);
    }

    private static double Minutes(RunOutput run, string field) => run.Summary.GetProperty(field).GetDouble();
}
