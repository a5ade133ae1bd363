using NexusSim.Core.Engagements;

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
        // The caveats of the final version only (the released one when released): the same list its .docx and
        // caveats file state; a caveat on a version later reworked is in escalations/, not here.
        var caveats = deliverable.CurrentWaivers.Select(w => w.Line).ToList();
        return line with { ClientFacing = deliverable.Type.ClientFacing, Done = deliverable.Done, Caveats = caveats, Escalations = escalations };
    }
}
