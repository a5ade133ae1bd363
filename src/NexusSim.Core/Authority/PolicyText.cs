using System.Globalization;
using System.Text;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>How decisions write amounts, risks, limits and untrusted names into their reasons.</summary>
internal static class PolicyText
{
    /// <summary>Longest untrusted name echoed back in a reason; longer ones are cut.</summary>
    internal const int MaxEchoLength = 64;

    /// <summary>An amount as <c>$250,000</c> or <c>$250,000.01</c>; negative as <c>-$5</c>.</summary>
    internal static string Money(decimal amount)
    {
        var text = Math.Abs(amount).ToString("#,0.##", CultureInfo.InvariantCulture);
        return amount < 0 ? $"-${text}" : $"${text}";
    }

    /// <summary>A risk level as the manifest writes it (<c>high</c>).</summary>
    internal static string Risk(RiskLevel risk) => risk.ToString().ToLowerInvariant();

    /// <summary>
    /// A name that came from outside the manifest (a model's action name, a stated domain), quoted,
    /// with control characters replaced and cut to <see cref="MaxEchoLength"/>, so a reason cannot
    /// carry injected text or line breaks back to the model.
    /// </summary>
    internal static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxEchoLength) + 3);
        builder.Append('\'');
        foreach (var c in value.Length > MaxEchoLength ? value[..MaxEchoLength] : value)
        {
            builder.Append(char.IsControl(c) || c == '\'' ? '?' : c);
        }

        builder.Append('\'');
        if (value.Length > MaxEchoLength)
        {
            builder.Append("...");
        }

        return builder.ToString();
    }

    /// <summary>A grant's limits in words: <c>up to $250,000, risk up to high, service lines a, b</c>.</summary>
    internal static string Limits(GrantLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var parts = new List<string>(3);
        if (limits.MaxAmountUsd is { } max)
        {
            parts.Add($"up to {Money(max)}");
        }

        if (limits.MaxRisk is { } risk)
        {
            parts.Add($"risk up to {Risk(risk)}");
        }

        if (limits.ServiceLines is { } lines)
        {
            parts.Add(lines.Count == 0 ? "no service line" : $"service lines {string.Join(", ", lines)}");
        }

        return parts.Count == 0 ? "no limits" : string.Join(", ", parts);
    }

    /// <summary>Where a manifest element was declared, as <c> (file:line:col)</c>, or empty when unknown.</summary>
    internal static string At(SourceLocation location) =>
        location.Line > 0 || location.File.Length > 0 ? $" ({location})" : string.Empty;
}
