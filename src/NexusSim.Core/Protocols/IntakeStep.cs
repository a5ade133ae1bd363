using System.Globalization;
using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Who takes an engagement in. The brief's fee and risk are checked against the service line's price
/// band and the accept grants. Candidates: the owner of the pricing domain when the fee is out of
/// band and the manifest escalates such fees; else the manifest's <c>intake.order</c>; else every
/// holder of an accept grant, lowest authority first (smallest amount limit, then lowest risk limit,
/// agents before humans, then id). The first candidate the policy allows takes the intake turn;
/// when none does, the engagement is declined with every candidate's reason.
/// </summary>
public static class IntakeStep
{
    /// <summary>The intake task's prompt template (prompts/tasks/intake.md).</summary>
    public const string Task = "intake";

    /// <summary>The agent to ask, or null when the engagement is declined (see <see cref="Decide"/> for the reason).</summary>
    public static string? Find(EngagementState state) => Decide(state).Actor;

    /// <summary>
    /// Why <paramref name="state"/>'s engagement was declined: the intake decision's reason when no one
    /// was asked, else what the asked agent's turn ended with; null when the engagement was accepted.
    /// </summary>
    public static string? DeclineReason(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.AcceptedBy is not null)
        {
            return null;
        }

        var decision = Decide(state);
        if (decision.Declined)
        {
            return decision.Reason;
        }

        var denial = state.Denials.LastOrDefault(d => d.Action == ActionIds.AcceptEngagement && d.Actor == decision.Actor);
        return denial is null
            ? $"Declined: {decision.Actor} ended intake without accepting the engagement."
            : $"Declined: {decision.Actor} ended intake without accepting the engagement; its acceptance was refused. {denial.Reason}";
    }

    /// <summary>Who is asked to accept <paramref name="state"/>'s engagement, or why it is declined.</summary>
    public static IntakeDecision Decide(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var manifest = state.Manifest;
        var line = state.ServiceLine;
        var fee = state.Brief.EngagementFeeUsd;
        var outOfBand = PriceBandCheck.OutOfBand(line, fee);
        var pricingOwner = new PriceBandCheck(manifest).PricingOwner;
        if (outOfBand is not null && pricingOwner is null)
        {
            return new IntakeDecision(null, $"Declined: {outOfBand}; the firm declines out-of-band engagements (intake.out_of_band: decline).");
        }

        var candidates = outOfBand is not null ? [pricingOwner!] : Candidates(manifest);
        if (candidates.Count == 0)
        {
            return new IntakeDecision(null, $"Declined: no actor holds a grant of {ActionIds.AcceptEngagement}.");
        }

        var policy = new AuthorityPolicy(manifest);
        var facts = new ActionFacts { ServiceLine = line.Id, AmountUsd = fee, Risk = state.Brief.Risk };
        var refusals = new List<string>();
        var humans = new List<string>();
        foreach (var id in candidates)
        {
            var decision = policy.Evaluate(new ActionRequest(id, ActionIds.AcceptEngagement, facts));
            if (!decision.Allowed)
            {
                refusals.Add(decision.Reason);
            }
            else if (manifest.FindActor(id)?.IsHuman == true)
            {
                humans.Add(id);
            }
            else
            {
                var why = outOfBand is null ? decision.Reason : $"{outOfBand}: escalated to {id}, the owner of the pricing domain. {decision.Reason}";
                return new IntakeDecision(id, why);
            }
        }

        if (humans.Count > 0)
        {
            refusals.Add(
                $"Only {CountWords.Noun(humans.Count, "human")} {string.Join(", ", humans)} {(humans.Count == 1 ? "holds" : "hold")} a grant of {ActionIds.AcceptEngagement} that covers it, and intake is an agent's turn " +
                $"(humans take no turns); grant {ActionIds.AcceptEngagement} to an agent.");
        }

        var header = string.Create(
            CultureInfo.InvariantCulture,
            $"Declined: no one may accept the {line.Id} engagement at {PolicyText.Money(fee)}{RiskText(state)}. ");
        return new IntakeDecision(null, header + string.Join(" ", refusals));
    }

    private static string RiskText(EngagementState state) =>
        state.Brief.Risk is { } risk ? $", risk {PolicyText.Risk(risk)}" : string.Empty;

    private static IReadOnlyList<string> Candidates(FirmManifest manifest)
    {
        if (manifest.Intake.Order.Count > 0)
        {
            return manifest.Intake.Order;
        }

        var grants = manifest.Grants.Where(g => g.Action == ActionIds.AcceptEngagement).ToList();
        return [.. grants.SelectMany(g => g.Actors).Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Actor: manifest.FindActor(id), Grants: grants.Where(g => g.Actors.Contains(id, StringComparer.Ordinal)).ToList()))
            .Where(c => c.Actor is not null)
            .OrderBy(c => c.Grants.Max(g => g.Limits?.MaxAmountUsd ?? decimal.MaxValue))
            .ThenBy(c => c.Grants.Max(g => (int?)g.Limits?.MaxRisk ?? int.MaxValue))
            .ThenBy(c => c.Actor!.IsHuman)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id)];
    }
}
