namespace NexusSim.Core.Manifest;

/// <summary>A separation-of-duties rule: the actor of <paramref name="Action"/> must not be <paramref name="MustDifferFrom"/>.</summary>
public sealed record SeparationRule(string Id, string Action, DutyParty MustDifferFrom, string Reason, SourceLocation Location);
