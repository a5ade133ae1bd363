namespace NexusSim.Core.Manifest.Variants;

/// <summary>
/// A manifest with governance overlays applied, plus the run settings the overlays change that are not
/// the manifest's (the approval policy, the stub reviewer's fallibility and catch rate, the human's catch rate).
/// </summary>
/// <param name="Manifest">The changed manifest (its content hash covers the changes).</param>
/// <param name="Settings">Every setting applied, as <c>key=value</c>, in the order applied (last wins).</param>
public sealed record GovernanceVariant(FirmManifest Manifest, IReadOnlyList<string> Settings)
{
    /// <summary>The approval policy the variant asks for, or null for the run's own.</summary>
    public string? Approver { get; init; }

    /// <summary>The stub reviewer's fallibility the variant asks for (0 to 1), or null for the configured one.</summary>
    public double? ReviewerFallibility { get; init; }

    /// <summary>The careful stub reviewer's chance of noticing a defect no check can see (0 to 1, <c>reviewer.catch_rate</c>), or null for the configured one.</summary>
    public double? ReviewerCatchRate { get; init; }

    /// <summary>The chance the approving human, reading a version, notices each defect no check can see (<c>human.catch_rate</c>), or null for the configured one.</summary>
    public double? HumanCatchRate { get; init; }

    /// <summary>The stub authors' rate of terminology drift the variant asks for, or null for the configured one.</summary>
    public double? StubInconsistentTerm { get; init; }

    /// <summary>The stub agents' rate of attempts outside their authority the variant asks for, or null for the configured one.</summary>
    public double? StubUnauthorizedAttempt { get; init; }

    /// <summary>What the stub's intake quote is of the brief's fee (pricing drift), or null for the fee itself.</summary>
    public decimal? StubQuoteFactor { get; init; }
}
