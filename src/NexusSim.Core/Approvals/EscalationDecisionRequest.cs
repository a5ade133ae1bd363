using NexusSim.Core.Engagements;

namespace NexusSim.Core.Approvals;

/// <summary>What a human is shown when an escalation reaches them: the report and the firm's options.</summary>
/// <param name="DeciderId">The human actor who decides.</param>
/// <param name="Escalation">The escalation report.</param>
/// <param name="DeliverableName">The deliverable's display name.</param>
/// <param name="Report">The report rendered as text.</param>
public sealed record EscalationDecisionRequest(string DeciderId, EscalationRecord Escalation, string DeliverableName, string Report);
