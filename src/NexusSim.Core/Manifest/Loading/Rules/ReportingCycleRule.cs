namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>Reporting lines must not loop; each loop is reported once, named in full (a -> b -> a).</summary>
internal static class ReportingCycleRule
{
    public static void Check(RuleContext context)
    {
        var byId = new Dictionary<string, ActorDefinition>(StringComparer.Ordinal);
        foreach (var actor in context.Draft.Actors.Where(a => a.Id.Length > 0))
        {
            byId.TryAdd(actor.Id, actor);
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in byId.Values)
        {
            var path = new List<ActorDefinition>();
            var current = start;
            while (current is not null && !done.Contains(current.Id))
            {
                var index = path.FindIndex(a => a.Id == current.Id);
                if (index >= 0)
                {
                    Report(context, path.Skip(index).ToList());
                    break;
                }

                path.Add(current);
                current = current.ReportsTo is { } manager && byId.TryGetValue(manager, out var next) ? next : null;
            }

            done.UnionWith(path.Select(a => a.Id));
        }
    }

    private static void Report(RuleContext context, List<ActorDefinition> cycle)
    {
        var first = cycle[0];
        var names = string.Join(" -> ", cycle.Select(a => a.Id).Append(first.Id));
        context.Diagnostics.Add(context.At(first, "reports_to", first.Location), ErrorCodes.ReportingCycle,
            $"Reporting lines loop: {names}.",
            "Break the loop: someone in it must report to an actor outside it, or to no one (the top).");
    }
}
