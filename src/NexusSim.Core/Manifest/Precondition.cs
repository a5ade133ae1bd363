namespace NexusSim.Core.Manifest;

/// <summary>State an action requires before it may run, checked by the policy engine.</summary>
public enum Precondition
{
    /// <summary>Every blocking gate of the deliverable has passed for the version acted on.</summary>
    GatesPassed,

    /// <summary>A human approval exists bound to the content hash of the version acted on.</summary>
    HumanApproval,
}
