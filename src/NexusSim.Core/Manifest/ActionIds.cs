namespace NexusSim.Core.Manifest;

/// <summary>
/// The actions the engine knows how to perform (the firm's action plugin). A manifest declares which
/// of them its firm uses and who may perform them; it cannot invent new ones.
/// </summary>
public static class ActionIds
{
    /// <summary>Accept an engagement for a service line.</summary>
    public const string AcceptEngagement = "accept_engagement";

    /// <summary>Assign a task to an actor.</summary>
    public const string AssignTask = "assign_task";

    /// <summary>Submit a version of a deliverable.</summary>
    public const string SubmitDeliverable = "submit_deliverable";

    /// <summary>Record a gate verdict on a deliverable version.</summary>
    public const string RecordGateVerdict = "record_gate_verdict";

    /// <summary>Ask for approval of a deliverable version.</summary>
    public const string RequestApproval = "request_approval";

    /// <summary>Approve a deliverable version.</summary>
    public const string Approve = "approve";

    /// <summary>Reject a deliverable version.</summary>
    public const string Reject = "reject";

    /// <summary>Release a deliverable version to the client.</summary>
    public const string ReleaseToClient = "release_to_client";

    /// <summary>Escalate a problem along reporting lines.</summary>
    public const string Escalate = "escalate";

    /// <summary>Decide an escalation by choosing one of the manifest's escalation options.</summary>
    public const string ResolveEscalation = "resolve_escalation";

    /// <summary>Commit budget (spend or a price to a client).</summary>
    public const string CommitBudget = "commit_budget";

    /// <summary>Define a shared term of the glossary.</summary>
    public const string DefineTerm = "define_term";

    /// <summary>Every action id, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AcceptEngagement, AssignTask, SubmitDeliverable, RecordGateVerdict, RequestApproval,
        Approve, Reject, ReleaseToClient, Escalate, ResolveEscalation, CommitBudget, DefineTerm,
    ];
}
