namespace NexusSim.Core.Manifest;

/// <summary>
/// A model tier: which model a real provider uses for the tier, and the simulated latency the stub
/// charges per call (base plus per output token), and the per-turn context budget when one is enforced.
/// </summary>
public sealed record ModelTier(
    string Id,
    string Model,
    int BaseLatencyMs,
    double MsPerOutputToken,
    SourceLocation Location)
{
    /// <summary>The most tokens a turn's context may hold on this tier (<c>context_budget_tokens</c>), or null for <see cref="ContextPolicy.DefaultBudgetTokens"/>; read only when a variant enforces budgets.</summary>
    public int? ContextBudgetTokens { get; init; }
}
