namespace NexusSim.Cli.Reporting;

/// <summary>
/// The price table the report costs tokens with (section NexusSim:Pricing), keyed by the model a
/// manifest tier names, so any firm's tiers are priced without naming a tier in code. A model with
/// no price is shown as unpriced, not as free.
/// </summary>
internal sealed class PricingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "NexusSim:Pricing";

    /// <summary>Prices by model name.</summary>
    public Dictionary<string, ModelPrice> Models { get; set; } = new(StringComparer.Ordinal);
}
