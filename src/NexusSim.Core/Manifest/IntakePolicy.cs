namespace NexusSim.Core.Manifest;

/// <summary>
/// How the firm takes engagements in (the optional <c>intake</c> section): who is asked first, and
/// what happens to a fee outside the service line's price band.
/// </summary>
/// <param name="Order">
/// Agents asked, in this order; the first whose accept grant covers the engagement takes the intake
/// turn. Empty: every agent holding an accept grant, lowest authority first (see
/// <c>docs/manifest-schema.md</c>).
/// </param>
/// <param name="OutOfBand">What a fee outside the price band leads to.</param>
/// <param name="PricingDomain">
/// The decision domain whose owner decides out-of-band engagements when <paramref name="OutOfBand"/>
/// is <see cref="OutOfBandAction.Escalate"/>; null otherwise.
/// </param>
/// <param name="Location">Where it was declared.</param>
public sealed record IntakePolicy(
    IReadOnlyList<string> Order,
    OutOfBandAction OutOfBand,
    string? PricingDomain,
    SourceLocation Location)
{
    /// <summary>The policy of a manifest without an <c>intake</c> section: lowest authority first, decline out of band.</summary>
    public static IntakePolicy Default { get; } = new([], OutOfBandAction.Decline, null, SourceLocation.None);
}
