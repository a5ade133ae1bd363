namespace NexusSim.Agents.Prompts;

/// <summary>The prompt templates cannot serve the firm: each problem names its file (and line).</summary>
public sealed class PromptLibraryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PromptLibraryException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PromptLibraryException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public PromptLibraryException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Creates the exception from every problem found.</summary>
    public PromptLibraryException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems ?? [])) => Problems = problems ?? [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
