using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Prompts;

/// <summary>The service-line phase a deliverable is written in, as the manifest states it.</summary>
internal static class DeliverablePhase
{
    /// <summary>The phase's display name, or empty when the deliverable names none its line has.</summary>
    public static string Name(ServiceLine line, DeliverableType? type) =>
        type is null || type.Phase.Length == 0
            ? string.Empty
            : line.Phases.FirstOrDefault(p => p.Id == type.Phase)?.Name ?? string.Empty;

    /// <summary>True when the deliverable's phase is at or after the line's first live phase.</summary>
    public static bool IsLive(ServiceLine line, DeliverableType? type) =>
        type is not null && type.Phase.Length > 0 && line.IsLive(type.Phase);
}
