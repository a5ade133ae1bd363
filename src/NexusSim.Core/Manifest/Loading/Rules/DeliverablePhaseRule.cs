namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// A deliverable type's <c>phase</c> names a phase of every service line that lists it, so the
/// phase (and whether it is live) means the same wherever the deliverable is produced.
/// </summary>
internal static class DeliverablePhaseRule
{
    public static void Check(RuleContext context)
    {
        foreach (var type in context.Draft.DeliverableTypes.Where(t => t.Phase.Length > 0))
        {
            foreach (var line in context.Draft.ServiceLines.Where(l => l.Deliverables.Contains(type.Id, StringComparer.Ordinal)))
            {
                var phases = line.Phases.Select(p => p.Id).ToArray();
                if (phases.Contains(type.Phase, StringComparer.Ordinal))
                {
                    continue;
                }

                context.Diagnostics.Add(context.At(type, "phase", type.Location), ErrorCodes.DeliverablePhaseUnknown,
                    $"Deliverable type '{type.Id}' is written in phase '{type.Phase}', which service line '{line.Id}' (which lists it) does not have.",
                    phases.Length == 0
                        ? $"Give service line '{line.Id}' phases, or remove the deliverable's phase."
                        : NearestName.Hint(type.Phase, phases, $"phase ids of service line '{line.Id}'"));
            }
        }
    }
}
