namespace NexusSim.Core.Files;

/// <summary>The file at a checked path was no longer a regular file when opened.</summary>
internal sealed class SwappedFileException : IOException
{
    public SwappedFileException()
        : base("The file is no longer a regular file.")
    {
    }

    public SwappedFileException(string message)
        : base(message)
    {
    }

    public SwappedFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
