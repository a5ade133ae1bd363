namespace NexusSim.Agents.Stub.Content;

/// <summary>A malformed content-library file: the message names the file and the line.</summary>
public sealed class ContentLibraryException : Exception
{
    /// <summary>Creates the error for <paramref name="filePath"/> at <paramref name="line"/> (1-based).</summary>
    public ContentLibraryException(string filePath, int line, string problem)
        : base($"{filePath}:{line}: {problem}")
    {
        FilePath = filePath;
        Line = line;
        Problem = problem;
    }

    /// <summary>Not used; a content error always names its file and line.</summary>
    public ContentLibraryException()
        : this("(unknown)", 0, "Malformed content library.")
    {
    }

    /// <summary>Not used; a content error always names its file and line.</summary>
    public ContentLibraryException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Not used; a content error always names its file and line.</summary>
    public ContentLibraryException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "(unknown)";
        Problem = message;
    }

    /// <summary>The file that is malformed.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
