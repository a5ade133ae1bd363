namespace NexusSim.Cli.Reporting;

/// <summary>One audit entry as the report reads it.</summary>
internal sealed record AuditFact(long Sequence, string SimulatedAt, string Actor, string Action, string Outcome, string Reason, string? Subject);
