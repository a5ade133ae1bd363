using NexusSim.Core.Manifest.Loading.Mapping;

namespace NexusSim.Core.Manifest.Loading.Rules;

/// <summary>
/// <c>max_amount_usd</c> limits only the actions that carry an amount (accepting an engagement at
/// its fee, committing budget). On any other action no amount is ever stated, so the limit would
/// refuse every call: a grant that validates and then never works.
/// </summary>
internal static class AmountLimitRule
{
    private static readonly string[] ActionsWithAmount = [ActionIds.AcceptEngagement, ActionIds.CommitBudget];

    public static void Check(RuleContext context)
    {
        foreach (var grant in context.Draft.Grants)
        {
            if (grant.Limits?.MaxAmountUsd is null || grant.Action.Length == 0
                || ActionsWithAmount.Contains(grant.Action, StringComparer.Ordinal)
                || !ActionIds.All.Contains(grant.Action, StringComparer.Ordinal))
            {
                continue;
            }

            context.Diagnostics.Add(context.At(grant, GrantMapper.LimitMaxAmount, grant.Location), ErrorCodes.AmountLimitUnused,
                $"The grant of '{grant.Action}' has max_amount_usd, but {grant.Action} states no amount, so the limit would refuse every call.",
                $"Remove max_amount_usd from this grant; amount limits apply to {string.Join(" and ", ActionsWithAmount)} only.");
        }
    }
}
