namespace NexusSim.Core.Manifest;

/// <summary>Permission for some actors to perform one action, within limits.</summary>
public sealed record ActionGrant(string Action, IReadOnlyList<string> Actors, GrantLimits Limits, SourceLocation Location);
