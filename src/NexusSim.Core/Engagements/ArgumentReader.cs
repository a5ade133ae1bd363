using System.Globalization;
using System.Text.Json;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>Reads tool-call arguments strictly: a missing or malformed one is an <see cref="ActionArgumentException"/>.</summary>
internal static class ArgumentReader
{
    public static string Text(IReadOnlyDictionary<string, object?> args, string name) =>
        OptionalText(args, name) is { Length: > 0 } value
            ? value
            : throw new ActionArgumentException($"Argument '{name}' is required.");

    public static string? OptionalText(IReadOnlyDictionary<string, object?> args, string name) =>
        args.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            string s => s.Trim(),
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()?.Trim(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement e => e.GetRawText(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        } : null;

    public static decimal Amount(IReadOnlyDictionary<string, object?> args, string name) =>
        OptionalAmount(args, name) ?? throw new ActionArgumentException($"Argument '{name}' is required (a number of US dollars).");

    public static decimal? OptionalAmount(IReadOnlyDictionary<string, object?> args, string name)
    {
        var text = OptionalText(args, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return decimal.TryParse(text.TrimStart('$').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0
            ? amount
            : throw new ActionArgumentException($"Argument '{name}' must be a non-negative number of US dollars, not '{text}'.");
    }

    public static RiskLevel? OptionalRisk(IReadOnlyDictionary<string, object?> args, string name)
    {
        var text = OptionalText(args, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Enum.TryParse<RiskLevel>(text, ignoreCase: true, out var risk) && Enum.IsDefined(risk) && !int.TryParse(text, out _)
            ? risk
            : throw new ActionArgumentException($"Argument '{name}' must be low, medium, high or critical, not '{text}'.");
    }
}
