namespace NexusSim.Core.Manifest;

/// <summary>
/// Maps an <c>escalation.options</c> string to what the engine does, by its first word
/// (case-insensitive): revise, retry, rework, extend, decompose, narrow → more attempts;
/// reassign → another author; accept → accept with recorded caveats; descope, defer, drop →
/// descope the deliverable; escalate → one level further up. Any other option is a validation error.
/// </summary>
public static class EscalationOptions
{
    private static readonly Dictionary<string, EscalationOutcome> FirstWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["revise"] = EscalationOutcome.MoreAttempts,
        ["retry"] = EscalationOutcome.MoreAttempts,
        ["rework"] = EscalationOutcome.MoreAttempts,
        ["extend"] = EscalationOutcome.MoreAttempts,
        ["decompose"] = EscalationOutcome.MoreAttempts,
        ["narrow"] = EscalationOutcome.MoreAttempts,
        ["reassign"] = EscalationOutcome.Reassign,
        ["accept"] = EscalationOutcome.AcceptWithCaveat,
        ["descope"] = EscalationOutcome.Descope,
        ["defer"] = EscalationOutcome.Descope,
        ["drop"] = EscalationOutcome.Descope,
        ["escalate"] = EscalationOutcome.EscalateFurther,
    };

    /// <summary>The first words the engine understands, for error messages.</summary>
    public static IReadOnlyList<string> KnownFirstWords { get; } = [.. FirstWords.Keys];

    /// <summary>What <paramref name="option"/> does, or null when the engine cannot map it.</summary>
    public static EscalationOutcome? Map(string option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var first = option.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return FirstWords.TryGetValue(first, out var outcome) ? outcome : null;
    }
}
