namespace NexusSim.Core.Briefs;

/// <summary>A loaded brief, or every error found in it.</summary>
public sealed record BriefLoadResult(Brief? Brief, IReadOnlyList<BriefError> Errors)
{
    /// <summary>True when the brief loaded with no error.</summary>
    public bool IsValid => Brief is not null && Errors.Count == 0;
}
