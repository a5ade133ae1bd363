namespace NexusSim.Core.Manifest;

/// <summary>A row of the decision matrix: a decision domain and the one actor who owns it.</summary>
public sealed record DecisionDomain(string Id, string Description, string Owner, SourceLocation Location);
