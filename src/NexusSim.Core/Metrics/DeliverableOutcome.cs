using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Metrics;

/// <summary>Adds what escalations did to a deliverable to its summary line: done, caveats, escalation ids.</summary>
public static class DeliverableOutcome
{
    /// <summary><paramref name="line"/> with <paramref name="deliverable"/>'s outcome fields filled from <paramref name="state"/>.</summary>
    public static DeliverableSummary Add(DeliverableSummary line, DeliverableState deliverable, EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(deliverable);
        ArgumentNullException.ThrowIfNull(state);
        var escalations = state.Escalations.Where(e => e.DeliverableId == deliverable.Id).Select(e => e.Id).ToList();
        var caveats = state.Resolutions
            .Where(r => r.Outcome == EscalationOutcome.AcceptWithCaveat && escalations.Contains(r.EscalationId))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.EscalationId} ({r.DecidedBy}): {r.Reason}"))
            .ToList();
        return line with { ClientFacing = deliverable.Type.ClientFacing, Done = deliverable.Done, Caveats = caveats, Escalations = escalations };
    }
}
