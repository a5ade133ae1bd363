namespace NexusSim.Core.Protocols;

/// <summary>
/// A turn could not finish (its model could not be reached after every retry, say): the engagement
/// stops. <see cref="EngagementSession.RunTurnAsync"/> commits what the turn recorded before the
/// failure goes on, so the audit trail and the journal say where and why the run stopped.
/// </summary>
public class TurnFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TurnFailedException()
        : this("The turn could not finish.")
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    public TurnFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public TurnFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The turn that failed, when a turn runner raised it.</summary>
    public string? TurnId { get; init; }

    /// <summary>The agent whose turn it was, when a turn runner raised it.</summary>
    public string? ActorId { get; init; }
}
