using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Turns;

/// <summary>
/// The model provider could not answer a turn after every retry (connection refused, DNS failure,
/// timeout, a storm of 5xx answers): the run stops here, keeping what it has done, with the reason.
/// </summary>
public sealed class ModelUnavailableException : TurnFailedException
{
    /// <summary>Creates the exception.</summary>
    public ModelUnavailableException()
        : this("The model provider could not be reached.")
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    public ModelUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and the provider's failure.</summary>
    public ModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
