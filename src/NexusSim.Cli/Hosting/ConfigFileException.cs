namespace NexusSim.Cli.Hosting;

/// <summary>The --config file is missing or unreadable; the message names it and what to do.</summary>
internal sealed class ConfigFileException : Exception
{
    public ConfigFileException()
    {
    }

    public ConfigFileException(string message)
        : base(message)
    {
    }

    public ConfigFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
