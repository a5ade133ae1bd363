namespace NexusSim.Core.Engagements;

/// <summary>A tool call whose arguments are missing or malformed; the caller sees the message and may retry.</summary>
public sealed class ActionArgumentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ActionArgumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ActionArgumentException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ActionArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
