using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>One default run of the shipped firm and one run of the five-agent sample firm, each in its own temp folder.</summary>
public sealed class ReportRunsFixture : IAsyncLifetime
{
    private readonly TempDirectory _default = new();
    private readonly TempDirectory _fiveAgents = new();

    internal RunOutput DefaultRun => RunOutput.Single(_default.Path);

    internal RunOutput FiveAgentRun => RunOutput.Single(_fiveAgents.Path);

    internal string DefaultOut => _default.Path;

    internal RunOutput Run(string firm) => firm == "five-agent" ? FiveAgentRun : DefaultRun;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_default.Path)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunEngagementAsync(_fiveAgents.Path, "--manifest", Paths.FiveAgentFirm)).ExitCode);
    }

    public Task DisposeAsync()
    {
        _default.Dispose();
        _fiveAgents.Dispose();
        return Task.CompletedTask;
    }
}
