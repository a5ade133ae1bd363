namespace NexusSim.Agents.Turns;

/// <summary>Limits of a model turn.</summary>
public sealed record TurnRunnerOptions
{
    /// <summary>Most model round trips (tool-call iterations) in one turn.</summary>
    public int MaxToolCallsPerTurn { get; init; } = 8;

    /// <summary>Most retries of a transiently failed model call.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// Applied to a provider's error text before it is recorded in the audit trail (a provider's
    /// answer may echo the API key back); the host passes its key redactor. Default: unchanged.
    /// </summary>
    public Func<string, string> Redact { get; init; } = static text => text;

    /// <summary>
    /// The token-count memories the metering uses: the container's singleton, so that the engagements
    /// of one process share them. Default: memories of this options instance alone.
    /// </summary>
    public Metering.TokenCounts TokenCounts { get; init; } = new();
}
