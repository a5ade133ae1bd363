namespace NexusSim.Core.Files;

/// <summary>
/// The outcome of <see cref="SafeFileReader.ReadText"/>: the text, or the problem with a message that
/// names the path and what to do. The message never quotes the file's content.
/// </summary>
/// <param name="Text">The file's text (BOM removed); null when refused.</param>
/// <param name="Problem">Why the file was refused, or <see cref="SafeFileProblem.None"/>.</param>
/// <param name="Message">What is wrong and what to do; empty when read.</param>
/// <param name="ResolvedPath">The full path with symbolic links resolved (or the full path as written when it cannot be resolved).</param>
public sealed record SafeFileRead(string? Text, SafeFileProblem Problem, string Message, string ResolvedPath)
{
    /// <summary>True when the text was read.</summary>
    public bool Ok => Problem == SafeFileProblem.None;
}
