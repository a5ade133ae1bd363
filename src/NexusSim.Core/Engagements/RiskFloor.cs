using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// A risk a caller declares can raise, never lower, the risk the facts establish: the brief's risk
/// is the floor of every action taken on its engagement.
/// </summary>
internal static class RiskFloor
{
    /// <summary>The higher of <paramref name="declared"/> and <paramref name="floor"/>; null only when neither is stated.</summary>
    public static RiskLevel? Of(RiskLevel? declared, RiskLevel? floor) =>
        (declared, floor) switch
        {
            (null, var f) => f,
            (var d, null) => d,
            ({ } d, { } f) => d > f ? d : f,
        };
}
