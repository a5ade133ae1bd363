namespace NexusSim.Cli.Approvals;

/// <summary>
/// No decision is available yet for an approval request (no line on piped input, no entry in the
/// decisions file): the run stops there and is kept with status <see cref="Status"/>.
/// </summary>
internal sealed class ApprovalPendingException : Exception
{
    /// <summary>The run status of a run paused for a decision.</summary>
    public const string Status = "awaiting_approval";

    public ApprovalPendingException()
    {
    }

    public ApprovalPendingException(string message)
        : base(message)
    {
    }

    public ApprovalPendingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
