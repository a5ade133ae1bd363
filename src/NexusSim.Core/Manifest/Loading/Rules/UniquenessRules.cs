namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>Ids are unique within their kind; actor ids are unique across humans and agents.</summary>
internal static class UniquenessRules
{
    public static void Check(RuleContext context)
    {
        var d = context.Draft;
        Unique(context, d.ModelTiers, t => t.Id, t => t.Location, "model tier");
        Unique(context, d.Actors, a => a.Id, a => a.Location, "actor");
        Unique(context, d.Domains, x => x.Id, x => x.Location, "decision domain");
        Unique(context, d.Actions, x => x.Id, x => x.Location, "action");
        Unique(context, d.SeparationOfDuties, x => x.Id, x => x.Location, "separation-of-duties rule");
        Unique(context, d.ServiceLines, x => x.Id, x => x.Location, "service line");
        Unique(context, d.DeliverableTypes, x => x.Id, x => x.Location, "deliverable type");
        Unique(context, d.Gates, x => x.Id, x => x.Location, "gate");
        Unique(context, d.Chains, x => x.Id, x => x.Location, "chain");
        Unique(context, d.Glossary, x => x.Term, x => x.Location, "glossary term", "term");
        foreach (var line in d.ServiceLines)
        {
            Unique(context, line.Phases, p => p.Id, p => p.Location, $"phase of service line '{line.Id}'");
        }
    }

    private static void Unique<T>(
        RuleContext context, IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> location, string kind, string key = "id")
        where T : notnull
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = id(item);
            var at = context.At(item, key, location(item));
            if (value.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(value, out var earlier))
            {
                context.Diagnostics.Add(at, ErrorCodes.DuplicateId,
                    $"Duplicate {kind} '{value}' (first defined at {earlier}).",
                    $"Give each {kind} a unique {key}, or remove one of the two.");
                continue;
            }

            first.Add(value, at);
        }
    }
}
