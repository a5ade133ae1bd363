namespace NexusSim.Cli.Approvals;

/// <summary>A decisions file's answer to one escalation: the option as written, the reason, and who takes the work over (to reassign).</summary>
internal sealed record FileEscalationDecision(string Option, string Reason, string? Assignee, int Line);
