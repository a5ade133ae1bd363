namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// The <c>intake</c> section: its order names agents who hold an accept grant (a repeat is reported where the list is read); escalating
/// out-of-band engagements names a pricing domain whose owner is such an agent.
/// </summary>
internal static class IntakeRules
{
    public static void Check(RuleContext context)
    {
        if (context.Draft.Intake is not { } intake)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < intake.Order.Count; i++)
        {
            var id = intake.Order[i];
            var at = context.AtItem(intake, "order", i, intake.Location);
            // A repeat is reported where the list is read; its actor is checked once.
            if (seen.Add(id))
            {
                CheckIntakeActor(context, id, at, "intake.order");
            }
        }

        CheckPricingDomain(context, intake);
    }

    private static void CheckPricingDomain(RuleContext context, IntakePolicy intake)
    {
        var at = context.At(intake, "pricing_domain", intake.Location);
        if (intake.OutOfBand == OutOfBandAction.Decline)
        {
            if (intake.PricingDomain is not null)
            {
                context.Diagnostics.Add(at, ErrorCodes.PricingDomain,
                    "intake.pricing_domain is set, but out_of_band is decline, so no one is ever asked.",
                    "Set 'out_of_band: escalate' to send out-of-band engagements to the pricing domain's owner, or remove pricing_domain.");
            }

            return;
        }

        if (string.IsNullOrEmpty(intake.PricingDomain))
        {
            context.Diagnostics.Add(context.At(intake, "out_of_band", intake.Location), ErrorCodes.PricingDomain,
                "intake.out_of_band is escalate, but intake.pricing_domain does not say whose decision an out-of-band fee is.",
                "Add 'pricing_domain: <decision domain id>' (the domain that owns pricing), or set 'out_of_band: decline'.");
            return;
        }

        var domain = context.Draft.Domains.FirstOrDefault(d => d.Id == intake.PricingDomain);
        if (domain is null)
        {
            context.Reference(intake.PricingDomain, at, context.DomainIds, "decision domain", "intake.pricing_domain");
            return;
        }

        if (domain.Owner.Length > 0)
        {
            CheckIntakeActor(context, domain.Owner, at, $"the owner of intake.pricing_domain '{domain.Id}'");
        }
    }

    private static void CheckIntakeActor(RuleContext context, string id, SourceLocation at, string role)
    {
        var actor = context.Draft.Actors.FirstOrDefault(a => a.Id == id);
        if (actor is null)
        {
            context.Reference(id, at, context.ActorIds, "actor", role);
            return;
        }

        if (actor.IsHuman)
        {
            context.Diagnostics.Add(at, ErrorCodes.IntakeOrder,
                $"{role} is human '{id}'; intake is an agent's turn, and humans take no turns.",
                $"Name an agent who holds an accept_engagement grant instead of '{id}'.");
            return;
        }

        if (context.Draft.Sections.Contains("grants")
            && !context.Draft.Grants.Any(g => g.Action == ActionIds.AcceptEngagement && g.Actors.Contains(id, StringComparer.Ordinal)))
        {
            context.Diagnostics.Add(at, ErrorCodes.IntakeOrder,
                $"{role} is '{id}', who holds no accept_engagement grant, so every acceptance by '{id}' would be denied.",
                $"Add '{id}' to a grant of accept_engagement, or name an agent who holds one.");
        }
    }
}
