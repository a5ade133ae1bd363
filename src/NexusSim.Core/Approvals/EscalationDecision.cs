namespace NexusSim.Core.Approvals;

/// <summary>A human's decision on an escalation: one of the manifest's options, the reason, and (to reassign) who reworks it.</summary>
public sealed record EscalationDecision(string Option, string Reason, string? Assignee = null);
