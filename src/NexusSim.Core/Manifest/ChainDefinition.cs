namespace NexusSim.Core.Manifest;

/// <summary>A standard collaboration chain: the ordered steps that produce a deliverable.</summary>
public sealed record ChainDefinition(string Id, string Name, IReadOnlyList<ChainStep> Steps, SourceLocation Location);
