using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Reporting;

/// <summary>Takes a finished engagement's <see cref="RunFacts"/> from its state.</summary>
internal static class RunFactsBuilder
{
    public static RunFacts Build(EngagementState state, PricingOptions pricing)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(pricing);
        var manifest = state.Manifest;
        var brief = state.Brief;
        var actors = manifest.Actors
            .Select(a => new ActorFacts(a.Id, a.Name, a.Title, a.IsHuman, a.Tier is null ? null : manifest.ModelTiers.FirstOrDefault(t => t.Id == a.Tier)?.Model, a.ReportsTo))
            .ToList();
        var deliverables = state.Deliverables
            .Select(d => new DeliverableFacts(
                d.Id,
                d.Type.Name,
                d.Status.ToString(),
                [.. d.Versions.Select(v => new VersionFacts(v.Number, v.ContentHash, v.SubmittedBy, v.Summary))],
                [.. d.Verdicts],
                d.Approval,
                d.ReleasedHash,
                [.. d.CurrentWaivers.Select(w => w.Line)]))
            .ToList();
        var models = actors.Select(a => a.Model).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var prices = pricing.Models.Where(p => models.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new RunFacts(
            manifest.Firm.Name,
            state.ServiceLine.Name,
            state.AcceptedBy,
            state.FeeUsd,
            new BriefFacts(brief.Client, brief.Industry, brief.Region, brief.Headcount, brief.Situation, brief.StalledPilot, brief.Constraints, brief.BudgetUsd),
            actors,
            manifest.Gates.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal),
            deliverables,
            state.Denials,
            state.Escalations,
            prices,
            state.Resolutions);
    }
}
