namespace NexusSim.Core.Manifest;

/// <summary>
/// A model tier: which model a real provider uses for the tier, and the simulated latency the stub
/// charges per call (base plus per output token).
/// </summary>
public sealed record ModelTier(
    string Id,
    string Model,
    int BaseLatencyMs,
    double MsPerOutputToken,
    SourceLocation Location);
