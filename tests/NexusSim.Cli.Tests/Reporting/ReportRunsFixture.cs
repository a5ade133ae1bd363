using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>
/// One default run of the shipped firm, one run of the five-agent sample firm, one under the fault
/// profile and one with a single attempt a gate (every needs-work verdict escalates), each in its own temp folder.
/// </summary>
public sealed class ReportRunsFixture : IAsyncLifetime
{
    private readonly TempDirectory _default = new();
    private readonly TempDirectory _fiveAgents = new();
    private readonly TempDirectory _logs = new();
    private readonly TempDirectory _faults = new();
    private readonly TempDirectory _escalated = new();

    internal RunOutput DefaultRun => RunOutput.Single(_default.Path);

    internal RunOutput FiveAgentRun => RunOutput.Single(_fiveAgents.Path);

    /// <summary>A default run under the stub's chaos fault profile (denials, escalations).</summary>
    internal RunOutput FaultsRun => RunOutput.Single(_faults.Path);

    /// <summary>
    /// A default run with <c>max_attempts=1</c>: its escalations do not hang on which draft a seed
    /// draws; the stub manager grants one more round the first time and accepts with a caveat the second.
    /// </summary>
    internal RunOutput EscalatedRun => RunOutput.Single(_escalated.Path);

    internal string DefaultOut => _default.Path;

    /// <summary>The default run's --log-file (outside the run folder).</summary>
    internal string DefaultLog => Path.Combine(_logs.Path, "run.clef");

    internal RunOutput Run(string firm) => firm == "five-agent" ? FiveAgentRun : DefaultRun;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_default.Path, "--log-file", DefaultLog)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_fiveAgents.Path, "--manifest", Paths.FiveAgentFirm)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_faults.Path, "--faults")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_escalated.Path, "--set", "max_attempts=1")).ExitCode);
    }

    public Task DisposeAsync()
    {
        _default.Dispose();
        _fiveAgents.Dispose();
        _logs.Dispose();
        _faults.Dispose();
        _escalated.Dispose();
        return Task.CompletedTask;
    }
}
