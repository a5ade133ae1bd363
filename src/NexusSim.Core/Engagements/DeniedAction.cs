namespace NexusSim.Core.Engagements;

/// <summary>An action the policy engine refused, with its reason and the rule that refused it.</summary>
public sealed record DeniedAction(string Actor, string Action, string Reason, string? RuleId, string TurnId);
