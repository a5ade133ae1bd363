namespace NexusSim.Core.Authority;

/// <summary>A rule's refusal before it becomes a <see cref="PolicyDecision"/>: the rule and why.</summary>
/// <param name="RuleId">The rule that refused.</param>
/// <param name="Detail">Why, in words naming the actor and what failed.</param>
internal readonly record struct Denial(string RuleId, string Detail);
