namespace NexusSim.Core.Protocols;

/// <summary>What a turn cost: model calls, tokens, and simulated minutes (and the failed calls it retried).</summary>
public sealed record TurnUsage(int LlmCalls, long PromptTokens, long CompletionTokens, double SimulatedMinutes)
{
    /// <summary>Model calls that failed transiently and were tried again (not counted in <see cref="LlmCalls"/>).</summary>
    public int Retries { get; init; }

    /// <summary>Nothing.</summary>
    public static TurnUsage Zero { get; } = new(0, 0, 0, 0);

    /// <summary>The sum of two usages.</summary>
    public TurnUsage Add(TurnUsage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(LlmCalls + other.LlmCalls, PromptTokens + other.PromptTokens, CompletionTokens + other.CompletionTokens, SimulatedMinutes + other.SimulatedMinutes)
        {
            Retries = Retries + other.Retries,
        };
    }
}
