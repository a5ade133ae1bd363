namespace NexusSim.Core.Manifest;

/// <summary>Two actors who routinely critique each other's work.</summary>
public sealed record StandingPair(string First, string Second, SourceLocation Location);
