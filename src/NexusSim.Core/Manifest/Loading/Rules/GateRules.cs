namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>Gate owners exist, and no deliverable type passes through a gate whose only owner is its author.</summary>
internal static class GateRules
{
    public static void Check(RuleContext context)
    {
        foreach (var gate in context.Draft.Gates)
        {
            for (var i = 0; i < gate.Owners.Count; i++)
            {
                context.Reference(gate.Owners[i], context.AtItem(gate, "owners", i, gate.Location), context.ActorIds, "actor",
                    $"Gate '{gate.Id}' (owners)");
            }

            if (gate.Owners.Count == 0 || gate.Id.Length == 0)
            {
                continue;
            }

            foreach (var type in context.Draft.DeliverableTypes.Where(t => t.Gates.Contains(gate.Id, StringComparer.Ordinal)))
            {
                if (type.Author.Length > 0 && gate.Owners.All(o => o == type.Author))
                {
                    context.Diagnostics.Add(context.At(gate, "owners", gate.Location), ErrorCodes.SelfReview,
                        $"Gate '{gate.Id}' would be judged by '{type.Author}', the author of deliverable type '{type.Id}' that it reviews.",
                        $"Add an owner other than '{type.Author}' to gate '{gate.Id}'; no one may review their own work.");
                }
            }
        }
    }
}
