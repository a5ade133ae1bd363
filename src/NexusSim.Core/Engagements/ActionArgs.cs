namespace NexusSim.Core.Engagements;

/// <summary>
/// Argument names of the firm's actions, shared by the action plugin (the tool schema a model sees),
/// the facts the policy engine checks, and protocols that invoke actions on an actor's behalf.
/// None names the actor: the actor always comes from the turn.
/// </summary>
public static class ActionArgs
{
    /// <summary>Deliverable id.</summary>
    public const string DeliverableId = "deliverable_id";

    /// <summary>Content hash of the deliverable version acted on.</summary>
    public const string VersionHash = "version_hash";

    /// <summary>Markdown content of a submitted version.</summary>
    public const string Content = "content";

    /// <summary>One-line summary.</summary>
    public const string Summary = "summary";

    /// <summary>Gate id.</summary>
    public const string GateId = "gate_id";

    /// <summary>Verdict: "pass" or "needs_work".</summary>
    public const string Verdict = "verdict";

    /// <summary>Evidence for a verdict.</summary>
    public const string Evidence = "evidence";

    /// <summary>Written issues, one per line in GateIssueText form.</summary>
    public const string Issues = "issues";

    /// <summary>Reason for a decision.</summary>
    public const string Reason = "reason";

    /// <summary>Service line id.</summary>
    public const string ServiceLine = "service_line";

    /// <summary>Amount in US dollars.</summary>
    public const string AmountUsd = "amount_usd";

    /// <summary>Risk level: low, medium, high, critical.</summary>
    public const string Risk = "risk";

    /// <summary>Actor id of an assignee (assign_task) or an escalation target.</summary>
    public const string Assignee = "assignee";

    /// <summary>Task kind.</summary>
    public const string Task = "task";

    /// <summary>Subject of an escalation.</summary>
    public const string Subject = "subject";

    /// <summary>Shared term.</summary>
    public const string Term = "term";

    /// <summary>Definition of a shared term.</summary>
    public const string Definition = "definition";

    /// <summary>Decision domain id.</summary>
    public const string Domain = "domain";

    /// <summary>An escalation id (<c>esc-001</c>).</summary>
    public const string EscalationId = "escalation_id";

    /// <summary>An escalation option, as the manifest writes it.</summary>
    public const string Option = "option";
}
