using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>One default run of the shipped firm and one run of the five-agent sample firm, each in its own temp folder.</summary>
public sealed class ReportRunsFixture : IAsyncLifetime
{
    private readonly TempDirectory _default = new();
    private readonly TempDirectory _fiveAgents = new();
    private readonly TempDirectory _logs = new();
    private readonly TempDirectory _faults = new();

    internal RunOutput DefaultRun => RunOutput.Single(_default.Path);

    internal RunOutput FiveAgentRun => RunOutput.Single(_fiveAgents.Path);

    /// <summary>A default run under the stub's chaos fault profile (denials, escalations).</summary>
    internal RunOutput FaultsRun => RunOutput.Single(_faults.Path);

    internal string DefaultOut => _default.Path;

    /// <summary>The default run's --log-file (outside the run folder).</summary>
    internal string DefaultLog => Path.Combine(_logs.Path, "run.clef");

    internal RunOutput Run(string firm) => firm == "five-agent" ? FiveAgentRun : DefaultRun;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_default.Path, "--log-file", DefaultLog)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_fiveAgents.Path, "--manifest", Paths.FiveAgentFirm)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_faults.Path, "--faults")).ExitCode);
    }

    public Task DisposeAsync()
    {
        _default.Dispose();
        _fiveAgents.Dispose();
        _logs.Dispose();
        _faults.Dispose();
        return Task.CompletedTask;
    }
}
