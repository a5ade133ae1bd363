namespace NexusSim.Core.Engagements;

/// <summary>Where a deliverable is in its life; derived from its versions, verdicts, decisions and escalations.</summary>
public enum DeliverableStatus
{
    /// <summary>Not started.</summary>
    Planned,

    /// <summary>A version exists and is being worked on or reviewed.</summary>
    InProgress,

    /// <summary>Every blocking review gate passed for the current version (an internal deliverable is done here).</summary>
    GatesPassed,

    /// <summary>Approved by a human for the current version.</summary>
    Approved,

    /// <summary>Released to the client.</summary>
    Released,

    /// <summary>Refused by the approver.</summary>
    Rejected,

    /// <summary>Escalated and not yet decided.</summary>
    Escalated,

    /// <summary>Dropped from the engagement by an escalation's decision.</summary>
    Descoped,
}
