namespace NexusSim.Core.Manifest;

/// <summary>A service line: its duration, price band, phases and the deliverable types it produces.</summary>
public sealed record ServiceLine(
    string Id,
    string Name,
    int Weeks,
    decimal PriceMinUsd,
    decimal PriceMaxUsd,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<string> Deliverables,
    SourceLocation Location);
