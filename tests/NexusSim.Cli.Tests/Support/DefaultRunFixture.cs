namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// Runs shared by a test class: the shipped firm with defaults, the same inputs again into another
/// directory, and the same with --seed 7. Each lands in its own temp --out, deleted at the end.
/// </summary>
public sealed class DefaultRunFixture : IAsyncLifetime
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();
    private readonly TempDirectory _otherSeed = new();

    internal string FirstOut => _first.Path;

    internal CliResult First { get; private set; } = null!;

    internal CliResult Second { get; private set; } = null!;

    internal CliResult OtherSeed { get; private set; } = null!;

    internal RunOutput FirstRun => RunOutput.Single(_first.Path);

    internal RunOutput SecondRun => RunOutput.Single(_second.Path);

    internal RunOutput OtherSeedRun => RunOutput.Single(_otherSeed.Path);

    public async Task InitializeAsync()
    {
        First = await CliRunner.RunEngagementAsync(_first.Path);
        Second = await CliRunner.RunEngagementAsync(_second.Path);
        OtherSeed = await CliRunner.RunEngagementAsync(_otherSeed.Path, "--seed", "7");
    }

    public Task DisposeAsync()
    {
        _first.Dispose();
        _second.Dispose();
        _otherSeed.Dispose();
        return Task.CompletedTask;
    }
}
