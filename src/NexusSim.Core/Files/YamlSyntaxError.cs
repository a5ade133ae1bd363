namespace NexusSim.Core.Files;

/// <summary>Why a YAML text could not be read, and where (1-based; 0 when YamlDotNet gave no position).</summary>
/// <param name="Line">The line of the problem.</param>
/// <param name="Column">The column of the problem.</param>
/// <param name="Message">What is wrong, as a sentence.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record YamlSyntaxError(int Line, int Column, string Message, string Fix);
