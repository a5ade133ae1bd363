namespace NexusSim.Core.Manifest;

/// <summary>Limits on a grant. A null limit does not restrict.</summary>
/// <param name="MaxAmountUsd">Largest amount (US dollars) the grant covers.</param>
/// <param name="MaxRisk">Highest risk level the grant covers.</param>
/// <param name="ServiceLines">Service lines the grant covers; null for all.</param>
public sealed record GrantLimits(decimal? MaxAmountUsd, RiskLevel? MaxRisk, IReadOnlyList<string>? ServiceLines)
{
    /// <summary>No limits.</summary>
    public static GrantLimits None { get; } = new(null, null, null);
}
