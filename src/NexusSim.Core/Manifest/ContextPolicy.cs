namespace NexusSim.Core.Manifest;

/// <summary>
/// What an agent turn is shown, and whether its model tier's context budget is enforced (the
/// <c>context_overflow</c> scenario). Only a governance variant changes it (docs/governance-variants.md):
/// the firm's own runs send scoped context with no budget.
/// </summary>
/// <param name="BudgetEnforced">Whether a turn's prompt is cut to its tier's <see cref="ModelTier.ContextBudgetTokens"/>.</param>
/// <param name="WholeHistory">Whether every turn is also sent the whole engagement history (every earlier turn's answer and every other deliverable) instead of its scoped context only.</param>
public sealed record ContextPolicy(bool BudgetEnforced, bool WholeHistory)
{
    /// <summary>The budget of a tier that declares none, in tokens, when budgets are enforced.</summary>
    public const int DefaultBudgetTokens = 6000;

    /// <summary>Scoped context, no budget: the firm as it works.</summary>
    public static ContextPolicy Default { get; } = new(false, false);

    /// <summary>The budget of <paramref name="tier"/> in tokens, or null when budgets are not enforced.</summary>
    public int? BudgetOf(ModelTier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return BudgetEnforced ? tier.ContextBudgetTokens ?? DefaultBudgetTokens : null;
    }
}
