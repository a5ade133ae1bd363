namespace NexusSim.Core.Manifest;

/// <summary>A named phase of a service line, with its week span (1-based, inclusive).</summary>
public sealed record Phase(string Id, string Name, int StartWeek, int EndWeek, string Summary, SourceLocation Location);
