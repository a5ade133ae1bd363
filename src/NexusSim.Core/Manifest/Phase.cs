namespace NexusSim.Core.Manifest;

/// <summary>A named phase of a service line, with its week span (1-based, inclusive).</summary>
public sealed record Phase(string Id, string Name, int StartWeek, int EndWeek, string Summary, SourceLocation Location)
{
    /// <summary>
    /// True when agents run on the client's real work from this phase on (<c>live: true</c>): a
    /// deliverable of this phase, or of a later phase of the line, may describe live operation.
    /// </summary>
    public bool Live { get; init; }
}
