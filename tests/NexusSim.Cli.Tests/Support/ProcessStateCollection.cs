namespace NexusSim.Cli.Tests.Support;

/// <summary>
/// Tests that change process-wide state (environment variables, Console.Out) run in this
/// collection, alone, after the parallel collections, so nothing leaks into other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "Process-wide state";
}
