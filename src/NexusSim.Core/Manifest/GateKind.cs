namespace NexusSim.Core.Manifest;

/// <summary>How a gate decides.</summary>
public enum GateKind
{
    /// <summary>Deterministic checks, then a reviewing owner's rubric verdict.</summary>
    Review,

    /// <summary>Sign-off by an owner (a human goes through the approver interface).</summary>
    Approval,
}
