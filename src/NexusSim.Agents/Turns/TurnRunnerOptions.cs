namespace NexusSim.Agents.Turns;

/// <summary>Limits of a model turn.</summary>
public sealed record TurnRunnerOptions
{
    /// <summary>Most model round trips (tool-call iterations) in one turn.</summary>
    public int MaxToolCallsPerTurn { get; init; } = 8;

    /// <summary>Most retries of a transiently failed model call.</summary>
    public int MaxRetries { get; init; } = 3;
}
