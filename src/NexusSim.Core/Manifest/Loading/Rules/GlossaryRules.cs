namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>Glossary terms belong to real domains; standing pairs are two different, real actors.</summary>
internal static class GlossaryRules
{
    public static void Check(RuleContext context)
    {
        foreach (var term in context.Draft.Glossary)
        {
            context.Reference(term.Domain, context.At(term, "domain", term.Location), context.DomainIds, "decision domain",
                $"Glossary term '{term.Term}'");
        }

        foreach (var pair in context.Draft.StandingPairs)
        {
            string[] ids = [pair.First, pair.Second];
            for (var i = 0; i < ids.Length; i++)
            {
                context.Reference(ids[i], context.AtItem(pair, "actors", i, pair.Location), context.ActorIds, "actor", "A standing pair");
            }

            if (pair.First == pair.Second && pair.First.Length > 0)
            {
                context.Diagnostics.Add(pair.Location, ErrorCodes.BadPair, $"Standing pair pairs '{pair.First}' with itself.",
                    "Pair two different actors.");
            }
        }
    }
}
