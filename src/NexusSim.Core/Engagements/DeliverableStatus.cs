namespace NexusSim.Core.Engagements;

/// <summary>Where a deliverable is in its life.</summary>
public enum DeliverableStatus
{
    /// <summary>Not started.</summary>
    Planned,

    /// <summary>A version exists and is being worked on or reviewed.</summary>
    InProgress,

    /// <summary>Every blocking review gate passed for the current version.</summary>
    GatesPassed,

    /// <summary>Approved by a human for the current version.</summary>
    Approved,

    /// <summary>Released to the client.</summary>
    Released,

    /// <summary>Refused by the approver.</summary>
    Rejected,

    /// <summary>Gave up after the gate caps; escalated.</summary>
    Escalated,
}
