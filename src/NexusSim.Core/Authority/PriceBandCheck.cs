using NexusSim.Core.Manifest;

namespace NexusSim.Core.Authority;

/// <summary>
/// Intake's economic rule, part of the one choke point: an engagement whose fee lies outside its
/// service line's price band is accepted by no one, unless the manifest's intake policy escalates
/// out-of-band fees to the owner of its pricing domain, who alone may then accept (within the limits
/// of their own grant).
/// </summary>
internal sealed class PriceBandCheck
{
    private readonly Dictionary<string, ServiceLine> _lines = new(StringComparer.Ordinal);
    private readonly IntakePolicy _intake;
    private readonly string? _pricingOwner;

    public PriceBandCheck(FirmManifest manifest)
    {
        foreach (var line in manifest.ServiceLines)
        {
            _lines.TryAdd(line.Id, line);
        }

        _intake = manifest.Intake;
        _pricingOwner = _intake.OutOfBand == OutOfBandAction.Escalate
            ? manifest.Domains.FirstOrDefault(d => d.Id == _intake.PricingDomain)?.Owner
            : null;
    }

    /// <summary>Who decides out-of-band engagements; null when they are declined.</summary>
    public string? PricingOwner => _pricingOwner;

    /// <summary>Why <paramref name="feeUsd"/> is outside <paramref name="line"/>'s price band, or null when inside.</summary>
    public static string? OutOfBand(ServiceLine line, decimal feeUsd)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (feeUsd >= line.PriceMinUsd && feeUsd <= line.PriceMaxUsd)
        {
            return null;
        }

        var side = feeUsd < line.PriceMinUsd ? "below" : "above";
        return $"the fee {PolicyText.Money(feeUsd)} is {side} the {line.Id} price band " +
            $"({PolicyText.Money(line.PriceMinUsd)} to {PolicyText.Money(line.PriceMaxUsd)})";
    }

    /// <summary>The refusal of an out-of-band acceptance by <paramref name="actorId"/>, or null.</summary>
    public Denial? Check(string actionId, string actorId, ActionFacts facts)
    {
        if (actionId != ActionIds.AcceptEngagement
            || facts.ServiceLine is null
            || facts.AmountUsd is not { } fee
            || !_lines.TryGetValue(facts.ServiceLine, out var line)
            || OutOfBand(line, fee) is not { } why)
        {
            return null;
        }

        if (_pricingOwner is null)
        {
            return new Denial(PolicyRuleIds.OutsidePriceBand, $"{why}, and the firm declines out-of-band engagements (intake.out_of_band: decline)");
        }

        return string.Equals(_pricingOwner, actorId, StringComparison.Ordinal)
            ? null
            : new Denial(
                PolicyRuleIds.OutsidePriceBand,
                $"{why}; an out-of-band engagement is decided by {_pricingOwner}, the owner of the pricing domain {_intake.PricingDomain}, not {actorId}");
    }
}
