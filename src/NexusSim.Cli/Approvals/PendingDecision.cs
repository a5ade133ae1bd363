namespace NexusSim.Cli.Approvals;

/// <summary>Filled in when a run pauses for a Board decision it does not have.</summary>
internal sealed class PendingDecision
{
    /// <summary>Which decision is missing and how to give it; null while none is missing.</summary>
    public string? Reason { get; set; }
}
