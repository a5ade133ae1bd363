namespace NexusSim.Core.Protocols;

/// <summary>Bounds on every loop a protocol runs.</summary>
/// <param name="MaxTurns">Agent turns per run.</param>
public sealed record ProtocolLimits(int MaxTurns = 400);
