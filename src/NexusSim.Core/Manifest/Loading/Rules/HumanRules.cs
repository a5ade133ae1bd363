namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// What a human cannot do: author a deliverable type, or take a plan, author or edit step of a
/// chain (humans decide through the approver interface; they write no drafts and take no turns).
/// </summary>
internal static class HumanRules
{
    public static void Check(RuleContext context)
    {
        var humans = context.Draft.Humans.Select(h => h.Id).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (humans.Count == 0)
        {
            return;
        }

        foreach (var type in context.Draft.DeliverableTypes.Where(t => humans.Contains(t.Author)))
        {
            context.Diagnostics.Add(context.At(type, "author", type.Location), ErrorCodes.HumanStep,
                $"Deliverable type '{type.Id}' is authored by human '{type.Author}'; humans write no drafts.",
                "Make an agent the author (and the actor of its chain's author step); humans review or approve.");
        }

        foreach (var chain in context.Draft.Chains)
        {
            for (var i = 0; i < chain.Steps.Count; i++)
            {
                var step = chain.Steps[i];
                if (humans.Contains(step.Actor) && step.Mode is StepMode.Plan or StepMode.Author or StepMode.Edit)
                {
                    var mode = step.Mode.ToString().ToLowerInvariant();
                    context.Diagnostics.Add(context.At(step, "actor", step.Location), ErrorCodes.HumanStep,
                        $"Chain '{chain.Id}' step {i + 1} (task {step.Task}, mode {mode}) is taken by human '{step.Actor}'; " +
                        $"a human may take only review or approve steps, never {mode}.",
                        $"Give step {i + 1} of '{chain.Id}' to an agent, or make it a review or approve step.");
                }
            }
        }
    }
}
