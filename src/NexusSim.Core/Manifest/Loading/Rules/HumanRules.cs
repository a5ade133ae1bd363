namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// What a human cannot do: author a deliverable type, or take a plan, author or edit step of a
/// chain (humans decide through the approver interface; they write no drafts and take no turns).
/// The agent of the nearest earlier step before a human's approve step asks for the approval (the
/// default requester; humans' review steps are skipped, every agent of a pool may be the one, and the
/// deliverable type's author asks when no agent step comes first), so each needs a grant of
/// <c>request_approval</c> when the firm declares it.
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
                if (humans.Contains(step.Actor) && step.Mode == StepMode.Approve)
                {
                    CheckRequester(context, chain, i, humans);
                }

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

    // Mirrors the approval flow: the nearest earlier step taken by an agent asks (a human's review
    // step is skipped; for a pool, whichever of its agents judged last, so each needs the grant); with
    // no agent step before the approval, the deliverable type's author asks.
    private static void CheckRequester(RuleContext context, ChainDefinition chain, int approveStep, IReadOnlySet<string> humans)
    {
        var draft = context.Draft;
        if (!draft.Sections.Contains("grants") || !draft.Actions.Any(a => a.Id == ActionIds.RequestApproval))
        {
            return;
        }

        var from = approveStep - 1;
        while (from >= 0 && chain.Steps[from].Actors.All(humans.Contains))
        {
            from--;
        }

        var requesters = from >= 0
            ? chain.Steps[from].Actors.Where(a => !humans.Contains(a))
            : draft.DeliverableTypes.Where(t => t.Chain == chain.Id).Select(t => t.Author);
        var step = chain.Steps[approveStep];
        foreach (var requester in requesters.Where(r => r.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (draft.Grants.Any(g => g.Action == ActionIds.RequestApproval && g.Actors.Contains(requester, StringComparer.Ordinal)))
            {
                continue;
            }

            var who = from == approveStep - 1
                ? $"the step before it is taken by '{requester}'"
                : from >= 0
                    ? $"the nearest earlier step taken by an agent (step {from + 1}) is taken by '{requester}'"
                    : $"no agent takes a step before it, so the author '{requester}'";
            context.Diagnostics.Add(context.At(step, "actor", step.Location), ErrorCodes.HumanStep,
                $"Chain '{chain.Id}' step {approveStep + 1} is human '{step.Actor}' approving; {who}, " +
                $"who asks for the approval, but no grant of {ActionIds.RequestApproval} lists '{requester}'.",
                $"Add '{requester}' to a grant of {ActionIds.RequestApproval}, or put a step by an agent who holds it before the approval.");
        }
    }
}
