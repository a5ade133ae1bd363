namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// Review and approve steps name the gates they run: each named gate exists, is listed by every
/// deliverable type the chain produces, has the step's kind, and counts the step's actors among
/// its owners (never the author; approval gates only humans); every gate a deliverable type lists
/// is run by exactly one step of its chain.
/// </summary>
internal static class ChainGateRules
{
    public static void Check(RuleContext context)
    {
        foreach (var chain in context.Draft.Chains)
        {
            var types = context.Draft.DeliverableTypes.Where(t => t.Chain == chain.Id && chain.Id.Length > 0).ToList();
            foreach (var step in chain.Steps)
            {
                CheckStep(context, chain, step, types);
            }

            CheckContributorReviews(context, chain);

            foreach (var type in types)
            {
                CheckCoverage(context, chain, type);
            }
        }

        CheckOptions(context);
    }

    private static void CheckStep(RuleContext context, ChainDefinition chain, ChainStep step, List<DeliverableType> types)
    {
        var subject = $"Chain '{chain.Id}' (step '{step.Task}')";
        for (var i = 0; i < step.Pool.Count; i++)
        {
            context.Reference(step.Pool[i], context.AtItem(step, "actor", i, step.Location), context.ActorIds, "actor", $"{subject} (actor pool)");
        }

        if (step.Gates.Count > 0 && step.Mode is not (StepMode.Review or StepMode.Approve))
        {
            context.Diagnostics.Add(context.At(step, "gates", step.Location), ErrorCodes.StepGateKind,
                $"{subject} is a {step.Mode.ToString().ToLowerInvariant()} step but names gates; only review and approve steps run gates.",
                "Move the gates to a review or approve step, or remove 'gates' from this step.");
            return;
        }

        var humans = step.Actors.Where(a => context.Draft.Humans.Any(h => h.Id == a)).ToList();
        if (step.Mode == StepMode.Review && step.Gates.Count == 0)
        {
            context.Diagnostics.Add(step.Location, ErrorCodes.StepNeedsGate, $"{subject} is a review step that names no gates.",
                "Add 'gates: [<gate id>]' listing the review gates this step runs.");
        }

        if (step.Mode == StepMode.Approve && humans.Count > 0 && step.Gates.Count == 0)
        {
            context.Diagnostics.Add(step.Location, ErrorCodes.StepNeedsGate, $"{subject} is a human's approve step that names no approval gate.",
                "Add 'gates: [<approval gate id>]' naming the approval gate this human decides.");
        }

        for (var i = 0; i < step.Gates.Count; i++)
        {
            var at = context.AtItem(step, "gates", i, step.Location);
            context.Reference(step.Gates[i], at, context.GateIds, "gate", $"{subject} (gates)");
            if (context.Draft.Gates.FirstOrDefault(g => g.Id == step.Gates[i]) is { } gate && !context.Draft.Incomplete.Contains(gate))
            {
                CheckStepGate(context, step, gate, types, humans.Count, at, subject);
            }
        }
    }

    private static void CheckStepGate(RuleContext context, ChainStep step, GateDefinition gate, List<DeliverableType> types, int humans, SourceLocation at, string subject)
    {
        var wanted = step.Mode == StepMode.Review ? GateKind.Review : GateKind.Approval;
        if (gate.Kind != wanted)
        {
            context.Diagnostics.Add(at, ErrorCodes.StepGateKind,
                $"{subject} is a {step.Mode.ToString().ToLowerInvariant()} step but gate '{gate.Id}' is a {gate.Kind.ToString().ToLowerInvariant()} gate.",
                step.Mode == StepMode.Review ? "A review step runs review gates; name the approval gate on an approve step." : "An approve step runs approval gates; name the review gate on a review step.");
        }

        // Follow-on errors are left out: an unknown actor or owner is reported as dangling already,
        // and a gate only its author owns is reported as self-review.
        var knownActors = step.Actors.All(a => context.ActorIds.Contains(a)) && gate.Owners.All(o => context.ActorIds.Contains(o));
        var selfOwned = context.Draft.DeliverableTypes.Any(t => t.Gates.Contains(gate.Id, StringComparer.Ordinal) && gate.Owners.All(o => o == t.Author));
        if (!knownActors)
        {
            return;
        }

        if (gate.Kind == GateKind.Approval && humans < step.Actors.Count)
        {
            context.Diagnostics.Add(context.At(step, "actor", step.Location), ErrorCodes.ApprovalGateNeedsHuman,
                $"{subject} runs approval gate '{gate.Id}', but not every actor of the step is a human; approval gates are decided by humans through the approver.",
                $"Make the step's actor a human owner of '{gate.Id}', or run a review gate here instead.");
        }

        foreach (var actor in step.Actors.Where(a => !selfOwned && a.Length > 0 && gate.Owners.Count > 0 && !gate.Owners.Contains(a, StringComparer.Ordinal)))
        {
            context.Diagnostics.Add(context.At(step, "actor", step.Location), ErrorCodes.StepActorNotOwner,
                $"{subject} is taken by '{actor}', who is not an owner of gate '{gate.Id}' (owners: {string.Join(", ", gate.Owners)}).",
                $"Make the step's actor one of the owners of '{gate.Id}', or add '{actor}' to the gate's owners.");
        }

        foreach (var type in types)
        {
            if (!type.Gates.Contains(gate.Id, StringComparer.Ordinal) && type.Gates.All(g => context.GateIds.Contains(g)))
            {
                context.Diagnostics.Add(at, ErrorCodes.StepGateNotListed,
                    $"{subject} runs gate '{gate.Id}', which deliverable type '{type.Id}' (produced by this chain) does not list.",
                    $"Add '{gate.Id}' to the gates of '{type.Id}', or remove it from the step.");
            }

            if (type.Author.Length > 0 && step.Actors.Contains(type.Author, StringComparer.Ordinal))
            {
                context.Diagnostics.Add(context.At(step, "actor", step.Location), ErrorCodes.SelfReview,
                    $"{subject} would have '{type.Author}' judge gate '{gate.Id}' on deliverable type '{type.Id}', which '{type.Author}' authors.",
                    $"Take '{type.Author}' out of this step's actor; no one may review their own work.");
            }
        }
    }

    // A firm whose separation rule keeps a verdict from every contributor: an actor who writes or
    // edits the deliverable earlier in the chain can never take a later review step of it, so naming
    // them there would be a pool entry that never acts.
    private static void CheckContributorReviews(RuleContext context, ChainDefinition chain)
    {
        var rule = context.Draft.SeparationOfDuties.FirstOrDefault(r => r.Action == ActionIds.RecordGateVerdict && r.MustDifferFrom == DutyParty.Contributor);
        if (rule is null)
        {
            return;
        }

        var writers = new Dictionary<string, ChainStep>(StringComparer.Ordinal);
        foreach (var step in chain.Steps)
        {
            if (step.Mode is StepMode.Author or StepMode.Edit)
            {
                foreach (var actor in step.Actors)
                {
                    writers.TryAdd(actor, step);
                }

                continue;
            }

            if (step.Mode != StepMode.Review)
            {
                continue;
            }

            foreach (var actor in step.Actors)
            {
                if (writers.TryGetValue(actor, out var wrote))
                {
                    context.Diagnostics.Add(context.At(step, "actor", step.Location), ErrorCodes.ReviewerContributes,
                        $"Chain '{chain.Id}' (step '{step.Task}') would have '{actor}' review the deliverable that '{actor}' {(wrote.Mode == StepMode.Author ? "writes" : "edits")} at step '{wrote.Task}', which separation rule '{rule.Id}' forbids ({rule.Reason.TrimEnd('.')}).",
                        $"Take '{actor}' out of this step's actor and name an owner of the gate who does not write or edit it; or give step '{wrote.Task}' to someone else.");
                }
            }
        }
    }

    private static void CheckCoverage(RuleContext context, ChainDefinition chain, DeliverableType type)
    {
        for (var i = 0; i < type.Gates.Count; i++)
        {
            var gateId = type.Gates[i];
            var runs = chain.Steps.Count(s => s.Gates.Contains(gateId, StringComparer.Ordinal));
            if (gateId.Length == 0 || !context.GateIds.Contains(gateId) || context.Draft.Incomplete.Contains(chain))
            {
                continue;
            }

            if (runs == 0)
            {
                context.Diagnostics.Add(context.AtItem(type, "gates", i, type.Location), ErrorCodes.GateNotRun,
                    $"Deliverable type '{type.Id}' lists gate '{gateId}', but no step of its chain '{chain.Id}' runs it.",
                    $"Add '{gateId}' to the 'gates' of a review or approve step of chain '{chain.Id}', or remove it from the type.");
            }
            else if (runs > 1)
            {
                context.Diagnostics.Add(context.AtItem(type, "gates", i, type.Location), ErrorCodes.GateRunTwice,
                    $"Gate '{gateId}' is run by {runs} steps of chain '{chain.Id}'; a gate runs at exactly one step.",
                    $"Keep '{gateId}' on one step of chain '{chain.Id}'.");
            }
        }
    }

    private static void CheckOptions(RuleContext context)
    {
        if (context.Draft.Escalation is not { } escalation)
        {
            return;
        }

        foreach (var option in escalation.Options.Where(o => EscalationOptions.Map(o) is null))
        {
            context.Diagnostics.Add(context.At(escalation, "options", escalation.Location), ErrorCodes.EscalationOptionUnmapped,
                $"Escalation option '{option}' means nothing the engine can do.",
                $"Start the option with one of: {string.Join(", ", EscalationOptions.KnownFirstWords)} (docs/manifest-schema.md, escalation).");
        }
    }
}
