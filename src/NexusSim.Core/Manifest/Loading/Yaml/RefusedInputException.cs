namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>Stops parsing a file at once after an error that was already reported (an alias, deep nesting).</summary>
internal sealed class RefusedInputException : Exception
{
    public RefusedInputException()
        : base("The YAML input was refused.")
    {
    }

    public RefusedInputException(string message)
        : base(message)
    {
    }

    public RefusedInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
