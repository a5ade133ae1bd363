using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>The deterministic checks, one per <see cref="CheckKind"/>.</summary>
public static class DeliverableChecks
{
    /// <summary>Every check, in the order of <see cref="CheckKind"/>.</summary>
    public static IReadOnlyList<IDeliverableCheck> All { get; } =
        [new StructureCheck(), new EvidenceCheck(), new ConsistencyCheck(), new VoiceCheck(), new AnalyticsCheck()];

    /// <summary>The check of a kind.</summary>
    public static IDeliverableCheck For(CheckKind kind) =>
        All.FirstOrDefault(c => c.Kind == kind)
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "No deterministic check of this kind.");
}
