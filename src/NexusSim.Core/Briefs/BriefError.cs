namespace NexusSim.Core.Briefs;

/// <summary>One problem in a brief: where (file, line, column), which field, what to do.</summary>
public sealed record BriefError(string File, int Line, int Column, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}
