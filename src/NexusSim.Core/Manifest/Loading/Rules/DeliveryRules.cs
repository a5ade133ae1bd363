namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// Deliverable types name real authors, chains and gates, and some service line uses each; chains
/// have one author step, done by the author of every deliverable type they produce, and are used.
/// </summary>
internal static class DeliveryRules
{
    public static void Check(RuleContext context)
    {
        var draft = context.Draft;
        foreach (var type in draft.DeliverableTypes)
        {
            CheckType(context, type);
        }

        foreach (var chain in draft.Chains)
        {
            CheckChain(context, chain);
        }
    }

    private static void CheckType(RuleContext context, DeliverableType type)
    {
        var subject = $"Deliverable type '{type.Id}'";
        context.Reference(type.Author, context.At(type, "author", type.Location), context.ActorIds, "actor", $"{subject} (author)");
        context.Reference(type.Chain, context.At(type, "chain", type.Location), context.ChainIds, "chain", $"{subject} (chain)");
        for (var i = 0; i < type.Gates.Count; i++)
        {
            context.Reference(type.Gates[i], context.AtItem(type, "gates", i, type.Location), context.GateIds, "gate", $"{subject} (gates)");
        }

        var idAt = context.At(type, "id", type.Location);
        if (type.Id.Length > 0 && context.Draft.Sections.Contains("service_lines")
            && !context.Draft.ServiceLines.Any(s => s.Deliverables.Contains(type.Id, StringComparer.Ordinal)))
        {
            context.Diagnostics.Add(idAt, ErrorCodes.DeliverableUnused, $"{subject} is used by no service line.",
                $"Add '{type.Id}' to the deliverables of a service line, or remove the type.");
        }

        var chain = context.Draft.Chains.FirstOrDefault(c => c.Id == type.Chain);
        var authorSteps = chain?.Steps.Where(s => s.Mode == StepMode.Author).ToList();
        if (authorSteps is [var step] && type.Author.Length > 0 && step.Actor.Length > 0 && step.Actor != type.Author)
        {
            context.Diagnostics.Add(context.At(type, "chain", type.Location), ErrorCodes.ChainAuthorMismatch,
                $"{subject} is authored by '{type.Author}', but the author step of its chain '{chain!.Id}' is done by '{step.Actor}'.",
                "Make the chain's author step actor the deliverable type's author, or use another chain.");
        }
    }

    private static void CheckChain(RuleContext context, ChainDefinition chain)
    {
        var subject = $"Chain '{chain.Id}'";
        foreach (var step in chain.Steps)
        {
            context.Reference(step.Actor, context.At(step, "actor", step.Location), context.ActorIds, "actor", $"{subject} (step actor)");
        }

        var authors = chain.Steps.Count(s => s.Mode == StepMode.Author);
        if (authors != 1 && !context.Draft.Incomplete.Contains(chain))
        {
            context.Diagnostics.Add(context.At(chain, "steps", chain.Location), ErrorCodes.ChainAuthorSteps,
                $"{subject} has {authors} author steps; it needs exactly one.",
                "Give exactly one step 'mode: author' (the step that writes the first draft).");
        }

        if (chain.Id.Length > 0 && context.Draft.Sections.Contains("deliverable_types")
            && !context.Draft.DeliverableTypes.Any(d => d.Chain == chain.Id))
        {
            context.Diagnostics.Add(context.At(chain, "id", chain.Location), ErrorCodes.ChainUnused,
                $"{subject} produces no deliverable type (none names it as its chain).",
                $"Set 'chain: {chain.Id}' on a deliverable type, or remove the chain.");
        }
    }
}
