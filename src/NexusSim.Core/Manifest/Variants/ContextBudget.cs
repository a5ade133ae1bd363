using System.Globalization;
using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Core.Manifest.Variants;

/// <summary>Reads a <c>context.budget.&lt;tier&gt;</c> setting: a whole number of tokens, at least 1.</summary>
internal static class ContextBudget
{
    public static int? Tokens(VariantSetting setting, List<ManifestError> errors)
    {
        if (int.TryParse(setting.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var tokens) && tokens is >= 1 and <= Loading.Mapping.TierMapper.MaxBudgetTokens)
        {
            return tokens;
        }

        errors.Add(new ManifestError(setting.Location, ErrorCodes.ContextBudgetNotPositive, $"'{setting.Key}' cannot be '{setting.Value}': a turn's context budget is a whole number of tokens from 1 to {Loading.Mapping.TierMapper.MaxBudgetTokens}.", "Give the tier's budget in tokens, e.g. 4000."));
        return null;
    }
}
