using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>One default run of the shipped firm and one run of the five-agent sample firm, each in its own temp folder.</summary>
public sealed class ReportRunsFixture : IAsyncLifetime
{
    private readonly TempDirectory _default = new();
    private readonly TempDirectory _fiveAgents = new();
    private readonly TempDirectory _logs = new();

    internal RunOutput DefaultRun => RunOutput.Single(_default.Path);

    internal RunOutput FiveAgentRun => RunOutput.Single(_fiveAgents.Path);

    internal string DefaultOut => _default.Path;

    /// <summary>The default run's --log-file (outside the run folder).</summary>
    internal string DefaultLog => Path.Combine(_logs.Path, "run.clef");

    internal RunOutput Run(string firm) => firm == "five-agent" ? FiveAgentRun : DefaultRun;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_default.Path, "--log-file", DefaultLog)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_fiveAgents.Path, "--manifest", Paths.FiveAgentFirm)).ExitCode);
    }

    public Task DisposeAsync()
    {
        _default.Dispose();
        _fiveAgents.Dispose();
        _logs.Dispose();
        return Task.CompletedTask;
    }
}
