namespace NexusSim.Core.Manifest;

/// <summary>Risk levels, ordered: a grant's limit allows its level and every lower one.</summary>
public enum RiskLevel
{
    /// <summary>Routine.</summary>
    Low = 0,

    /// <summary>Needs care.</summary>
    Medium = 1,

    /// <summary>Significant.</summary>
    High = 2,

    /// <summary>Firm-level.</summary>
    Critical = 3,
}
