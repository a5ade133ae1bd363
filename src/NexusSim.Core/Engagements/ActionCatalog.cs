using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The tool schema of every engine action: its parameters. The manifest decides which actions a
/// firm uses and who may perform them; this decides what each takes. No parameter names the actor.
/// </summary>
public static class ActionCatalog
{
    private static readonly Dictionary<string, IReadOnlyList<ActionParameter>> Parameters = new(StringComparer.Ordinal)
    {
        [ActionIds.AcceptEngagement] =
        [
            Text(ActionArgs.ServiceLine, "Service line id of the engagement."),
            Number(ActionArgs.AmountUsd, "Agreed fee in US dollars."),
            Text(ActionArgs.Reason, "Why the firm accepts it."),
        ],
        [ActionIds.AssignTask] =
        [
            Text(ActionArgs.Assignee, "Actor id of the assignee."),
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.Task, "Task kind."),
            Text(ActionArgs.Reason, "Instructions and acceptance criteria."),
        ],
        [ActionIds.SubmitDeliverable] =
        [
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.Content, "The full Markdown of the new version."),
            Text(ActionArgs.Summary, "One line: what changed."),
        ],
        [ActionIds.RecordGateVerdict] =
        [
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.GateId, "Gate id."),
            Text(ActionArgs.VersionHash, "Content hash of the version reviewed."),
            Text(ActionArgs.Verdict, "pass or needs_work."),
            Text(ActionArgs.Evidence, "What the verdict rests on (quote the sections checked). A pass without evidence counts as needs_work."),
            Text(ActionArgs.Issues, "Written issues for the author, one per line: - [check] message: \"target\" (check: the check it fails, or review; target: the words at fault).", required: false),
        ],
        [ActionIds.RequestApproval] =
        [
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.VersionHash, "Content hash of the version to approve."),
            Text(ActionArgs.Reason, "Why it is ready.", required: false),
        ],
        [ActionIds.Approve] =
        [
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.VersionHash, "Content hash of the version approved (the approval binds to it)."),
            Text(ActionArgs.Reason, "Why."),
        ],
        [ActionIds.Reject] =
        [
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.VersionHash, "Content hash of the version rejected."),
            Text(ActionArgs.Reason, "Why."),
        ],
        [ActionIds.ReleaseToClient] =
        [
            Text(ActionArgs.DeliverableId, "Deliverable id."),
            Text(ActionArgs.VersionHash, "Content hash of the version to release."),
        ],
        [ActionIds.Escalate] =
        [
            Text(ActionArgs.Subject, "What it is about (a deliverable id or an action)."),
            Text(ActionArgs.Reason, "Why it needs a decision, with the attempt history and root cause."),
            Text(ActionArgs.Assignee, "Actor id who should decide; default: your manager.", required: false),
            Text(ActionArgs.GateId, "The gate whose failures raised it, when it is about a deliverable's gate.", required: false),
            Text(ActionArgs.EscalationId, "The escalation this one takes further up, if any.", required: false),
        ],
        [ActionIds.ResolveEscalation] =
        [
            Text(ActionArgs.EscalationId, "The escalation you decide (esc-001, ...)."),
            Text(ActionArgs.Option, "One of the options the escalation report offers, exactly as written there."),
            Text(ActionArgs.Reason, "Why this option (for an acceptance: the caveat to record)."),
            Text(ActionArgs.Assignee, "For a reassignment: the actor id who reworks the deliverable.", required: false),
        ],
        [ActionIds.CommitBudget] =
        [
            Number(ActionArgs.AmountUsd, "Amount in US dollars."),
            Text(ActionArgs.Reason, "What it pays for."),
            Text(ActionArgs.Risk, "low, medium, high or critical.", required: false),
        ],
        [ActionIds.DefineTerm] =
        [
            Text(ActionArgs.Term, "The term."),
            Text(ActionArgs.Definition, "Its agreed definition."),
            Text(ActionArgs.Domain, "Decision domain id that owns the term."),
        ],
    };

    /// <summary>The parameters of <paramref name="actionId"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not an engine action.</exception>
    public static IReadOnlyList<ActionParameter> For(string actionId)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        return Parameters.TryGetValue(actionId, out var parameters)
            ? parameters
            : throw new KeyNotFoundException($"'{actionId}' is not an engine action.");
    }

    private static ActionParameter Text(string name, string description, bool required = true) => new(name, description, typeof(string), required);

    private static ActionParameter Number(string name, string description) => new(name, description, typeof(decimal), true);
}
