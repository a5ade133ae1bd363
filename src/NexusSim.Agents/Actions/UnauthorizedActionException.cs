namespace NexusSim.Agents.Actions;

/// <summary>An action body was reached although the policy denies it (the authority filter was bypassed).</summary>
public sealed class UnauthorizedActionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnauthorizedActionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnauthorizedActionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public UnauthorizedActionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="actorId"/> attempting <paramref name="actionId"/>.</summary>
    public UnauthorizedActionException(string actionId, string actorId, string reason)
        : base($"{actorId} may not {actionId}: {reason}")
    {
    }
}
