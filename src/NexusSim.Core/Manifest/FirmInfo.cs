namespace NexusSim.Core.Manifest;

/// <summary>The firm being simulated.</summary>
public sealed record FirmInfo(string Id, string Name, string Description, SourceLocation Location);
