namespace NexusSim.Core.Manifest;

/// <summary>How escalation works: along reporting lines, at most so many levels, with these options.</summary>
/// <param name="OnDenial">True when a denied action is escalated to the actor's manager.</param>
/// <param name="MaxLevels">How many reporting levels an escalation may climb.</param>
/// <param name="Options">Options an escalation report offers (reassign, decompose, ...).</param>
/// <param name="Location">Where it was declared.</param>
public sealed record EscalationPolicy(bool OnDenial, int MaxLevels, IReadOnlyList<string> Options, SourceLocation Location);
