using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>Checks one grant's limits against a request's facts.</summary>
internal static class GrantCheck
{
    /// <summary>
    /// Every limit of <paramref name="grant"/> the facts break, in words naming the actor and the
    /// action; empty when the grant covers the request. A limit whose fact is not stated is broken.
    /// </summary>
    internal static IReadOnlyList<string> Failures(ActionGrant grant, string actorId, ActionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(facts);
        var failures = new List<string>();
        var limits = grant.Limits ?? GrantLimits.None;
        var action = grant.Action;

        if (limits.MaxAmountUsd is { } maxAmount)
        {
            if (facts.AmountUsd is not { } amount)
            {
                failures.Add($"amount not stated, and {actorId}'s grant for {action} is limited to {PolicyText.Money(maxAmount)}");
            }
            else if (amount < 0)
            {
                failures.Add($"amount {PolicyText.Money(amount)} is negative, which {actorId}'s limited grant for {action} does not cover");
            }
            else if (facts.PriorAmountUsd is > 0 and var prior && prior + amount > maxAmount)
            {
                failures.Add(
                    $"{PolicyText.Money(amount)} on top of the {PolicyText.Money(prior)} already committed makes {PolicyText.Money(prior + amount)}, " +
                    $"which exceeds {actorId}'s limit of {PolicyText.Money(maxAmount)} for {action} (the limit caps the engagement's total)");
            }
            else if (amount > maxAmount)
            {
                failures.Add($"{PolicyText.Money(amount)} exceeds {actorId}'s limit of {PolicyText.Money(maxAmount)} for {action}");
            }
        }

        if (limits.MaxRisk is { } maxRisk)
        {
            if (facts.Risk is not { } risk)
            {
                failures.Add($"risk not stated, and {actorId}'s grant for {action} is limited to risk {PolicyText.Risk(maxRisk)}");
            }
            else if (!Enum.IsDefined(risk) || risk > maxRisk)
            {
                failures.Add($"risk {PolicyText.Risk(risk)} exceeds {actorId}'s limit of {PolicyText.Risk(maxRisk)} for {action}");
            }
        }

        if (limits.ServiceLines is { } lines)
        {
            var allowed = lines.Count == 0 ? "none" : string.Join(", ", lines);
            if (facts.ServiceLine is null)
            {
                failures.Add($"service line not stated, and {actorId}'s grant for {action} covers only: {allowed}");
            }
            else if (!lines.Contains(facts.ServiceLine, StringComparer.Ordinal))
            {
                failures.Add($"service line {PolicyText.Quote(facts.ServiceLine)} is outside {actorId}'s service lines for {action} ({allowed})");
            }
        }

        return failures;
    }
}
