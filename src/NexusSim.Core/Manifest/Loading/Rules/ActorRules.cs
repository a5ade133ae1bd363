namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>At least one human and one agent; tiers, managers and owned domains resolve and agree with the matrix.</summary>
internal static class ActorRules
{
    public static void Check(RuleContext context)
    {
        CheckCounts(context);
        foreach (var actor in context.Draft.Actors)
        {
            var subject = $"{(actor.IsHuman ? "Human" : "Agent")} '{actor.Id}'";
            context.Reference(actor.Tier, context.At(actor, "tier", actor.Location), context.TierIds, "model tier", subject);
            context.Reference(actor.ReportsTo, context.At(actor, "reports_to", actor.Location), context.ActorIds, "actor", $"{subject} (reports_to)");
            CheckDomains(context, actor, subject);
        }

        foreach (var domain in context.Draft.Domains)
        {
            context.Reference(domain.Owner, context.At(domain, "owner", domain.Location), context.ActorIds, "actor",
                $"Decision domain '{domain.Id}' (owner)");
        }
    }

    private static void CheckCounts(RuleContext context)
    {
        var draft = context.Draft;
        if (draft.Sections.Contains("humans") && draft.Humans.Count == 0)
        {
            context.Diagnostics.Add(context.At(draft, "humans", draft.EntryLocation), ErrorCodes.HumanCount,
                "The manifest declares no humans; a firm needs at least one (who approves release to clients).",
                "Declare one or more humans under humans, each with the domains and duties they hold.");
        }

        if (draft.Sections.Contains("agents") && draft.Agents.Count == 0)
        {
            context.Diagnostics.Add(context.At(draft, "agents", draft.EntryLocation), ErrorCodes.NoAgents,
                "The manifest declares no agents.", "Declare at least one agent under agents.");
        }
    }

    private static void CheckDomains(RuleContext context, ActorDefinition actor, string subject)
    {
        for (var i = 0; i < actor.Domains.Count; i++)
        {
            var id = actor.Domains[i];
            var at = context.AtItem(actor, "domains", i, actor.Location);
            var domain = context.Draft.Domains.FirstOrDefault(d => d.Id == id);
            if (domain is null)
            {
                context.Reference(id, at, context.DomainIds, "decision domain", $"{subject} (domains)");
            }
            else if (domain.Owner.Length > 0 && domain.Owner != actor.Id)
            {
                context.Diagnostics.Add(at, ErrorCodes.DomainNotOwned,
                    $"{subject} lists domain '{id}', but the decision matrix gives it to '{domain.Owner}'.",
                    $"Remove '{id}' from the domains of '{actor.Id}', or make '{actor.Id}' its owner in decision_domains.");
            }
        }
    }
}
