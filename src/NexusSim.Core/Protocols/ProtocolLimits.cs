namespace NexusSim.Core.Protocols;

/// <summary>Bounds on every loop a protocol runs.</summary>
/// <param name="MaxTurns">Agent turns per run.</param>
/// <param name="MaxRounds">Critique rounds per deliverable (debate).</param>
/// <param name="MaxDelegationDepth">Levels of delegation below the manager (hierarchical); 0 lets the manager delegate nothing.</param>
public sealed record ProtocolLimits(int MaxTurns = 400, int MaxRounds = 1, int MaxDelegationDepth = 1);
