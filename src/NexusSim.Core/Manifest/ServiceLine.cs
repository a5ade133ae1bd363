namespace NexusSim.Core.Manifest;

/// <summary>A service line: its duration, price band, phases and the deliverable types it produces.</summary>
public sealed record ServiceLine(
    string Id,
    string Name,
    int Weeks,
    decimal PriceMinUsd,
    decimal PriceMaxUsd,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<string> Deliverables,
    SourceLocation Location)
{
    /// <summary>
    /// True when <paramref name="phaseId"/> is a phase of this line at or after its first live phase
    /// (in the order the phases are listed); false for a line with no live phase or an unknown id.
    /// </summary>
    public bool IsLive(string phaseId)
    {
        ArgumentNullException.ThrowIfNull(phaseId);
        var firstLive = -1;
        for (var i = 0; i < Phases.Count; i++)
        {
            if (firstLive < 0 && Phases[i].Live)
            {
                firstLive = i;
            }

            if (Phases[i].Id == phaseId)
            {
                return firstLive >= 0;
            }
        }

        return false;
    }
}
