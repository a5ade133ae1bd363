using System.Globalization;

namespace NexusSim.Core.Protocols;

/// <summary>The run spent its turn budget (NexusSim:Simulation:MaxTurns).</summary>
public sealed class TurnLimitExceededException : Exception
{
    /// <summary>Creates the exception for a budget of <paramref name="maxTurns"/>.</summary>
    public TurnLimitExceededException(int maxTurns)
        : base(string.Create(CultureInfo.InvariantCulture, $"The run reached its limit of {maxTurns} agent turns (NexusSim:Simulation:MaxTurns)."))
    {
    }

    /// <summary>Creates the exception.</summary>
    public TurnLimitExceededException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TurnLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
