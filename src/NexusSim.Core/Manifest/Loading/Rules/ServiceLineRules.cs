namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>Service lines: real deliverable types, a sane price band, phases within the weeks.</summary>
internal static class ServiceLineRules
{
    public static void Check(RuleContext context)
    {
        foreach (var line in context.Draft.ServiceLines)
        {
            var subject = $"Service line '{line.Id}'";
            for (var i = 0; i < line.Deliverables.Count; i++)
            {
                context.Reference(line.Deliverables[i], context.AtItem(line, "deliverables", i, line.Location), context.DeliverableIds,
                    "deliverable type", $"{subject} (deliverables)");
            }

            if (!context.Draft.Incomplete.Contains(line) && line.PriceMinUsd > line.PriceMaxUsd)
            {
                context.Diagnostics.Add(context.At(line, "price_min_usd", line.Location), ErrorCodes.PriceBand,
                    $"{subject}: price_min_usd {line.PriceMinUsd} is above price_max_usd {line.PriceMaxUsd}.",
                    "Make price_min_usd at most price_max_usd.");
            }

            foreach (var phase in line.Phases)
            {
                CheckPhase(context, line, phase);
            }
        }
    }

    private static void CheckPhase(RuleContext context, ServiceLine line, Phase phase)
    {
        if (line.Weeks < 1 || phase.StartWeek < 1 || phase.EndWeek < 1)
        {
            return;
        }

        var subject = $"Phase '{phase.Id}' of service line '{line.Id}'";
        if (phase.StartWeek > line.Weeks || phase.EndWeek > line.Weeks)
        {
            var key = phase.StartWeek > line.Weeks ? "start_week" : "end_week";
            context.Diagnostics.Add(context.At(phase, key, phase.Location), ErrorCodes.PhaseWeeks,
                $"{subject} spans weeks {phase.StartWeek}..{phase.EndWeek}, outside the line's weeks 1..{line.Weeks}.",
                $"Keep start_week and end_week within 1..{line.Weeks}, or raise weeks.");
        }
        else if (phase.StartWeek > phase.EndWeek)
        {
            context.Diagnostics.Add(context.At(phase, "start_week", phase.Location), ErrorCodes.PhaseWeeks,
                $"{subject} starts in week {phase.StartWeek}, after it ends (week {phase.EndWeek}).",
                "Make start_week at most end_week.");
        }
    }
}
