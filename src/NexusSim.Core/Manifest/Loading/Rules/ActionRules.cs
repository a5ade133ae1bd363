namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// Actions are engine actions and each is granted to someone; grants name declared actions, actors
/// and service lines; external actions go to humans only; separation rules name declared actions.
/// </summary>
internal static class ActionRules
{
    public static void Check(RuleContext context)
    {
        var draft = context.Draft;
        foreach (var action in draft.Actions.Where(a => a.Id.Length > 0))
        {
            var at = context.At(action, "id", action.Location);
            if (!ActionIds.All.Contains(action.Id, StringComparer.Ordinal))
            {
                context.Diagnostics.Add(at, ErrorCodes.UnknownAction, $"Action '{action.Id}' is not an action the engine can perform.",
                    NearestName.Hint(action.Id, [.. ActionIds.All], "engine actions"));
            }
            else if (draft.Sections.Contains("grants") && !draft.Grants.Any(g => g.Action == action.Id && g.Actors.Count > 0))
            {
                context.Diagnostics.Add(at, ErrorCodes.ActionNotGranted, $"No grant gives action '{action.Id}' to anyone.",
                    $"Add a grant of '{action.Id}' to the actor(s) who may perform it, or remove the action.");
            }
        }

        foreach (var grant in draft.Grants)
        {
            CheckGrant(context, grant);
        }

        foreach (var rule in draft.SeparationOfDuties)
        {
            context.Reference(rule.Action, context.At(rule, "action", rule.Location), context.ActionIds, "action",
                $"Separation rule '{rule.Id}'");
        }
    }

    private static void CheckGrant(RuleContext context, ActionGrant grant)
    {
        var subject = $"The grant of '{grant.Action}'";
        context.Reference(grant.Action, context.At(grant, "action", grant.Location), context.ActionIds, "action", "A grant");
        var action = context.Draft.Actions.FirstOrDefault(a => a.Id == grant.Action);
        for (var i = 0; i < grant.Actors.Count; i++)
        {
            var id = grant.Actors[i];
            var at = context.AtItem(grant, "actors", i, grant.Location);
            context.Reference(id, at, context.ActorIds, "actor", subject);
            var actor = context.Draft.Actors.FirstOrDefault(a => a.Id == id);
            if (action is { External: true } && actor is { IsHuman: false })
            {
                context.Diagnostics.Add(at, ErrorCodes.ExternalToAgent,
                    $"Action '{grant.Action}' is external (it touches the outside world), but the grant gives it to agent '{id}'.",
                    $"Grant '{grant.Action}' to the human only; agents draft, the human releases.");
            }
        }

        var lines = grant.Limits.ServiceLines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            context.Reference(lines[i], context.AtItem(grant, Mapping.GrantMapper.LimitServiceLines, i, grant.Location),
                context.ServiceLineIds, "service line", $"{subject} (limits)");
        }
    }
}
