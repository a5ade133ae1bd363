using System.Text.Json.Serialization;

namespace NexusSim.Core.Metrics;

/// <summary>
/// Ground-truth defect figures of a run, from the simulated model's ledger of what it planted (the
/// gates never read that ledger). Null in summary.json when the model keeps no ledger (a real provider).
/// </summary>
public sealed record DefectTally
{
    /// <summary>Distinct defects planted across every version of every deliverable.</summary>
    [JsonPropertyName("planted")] public int Planted { get; init; }

    /// <summary>
    /// Planted defects a gate failed a version for, by the first gate that did among those whose checks
    /// cover the defect's kind (structure, evidence, voice, consistency); every gate of the firm is listed.
    /// </summary>
    [JsonPropertyName("caught")] public required IReadOnlyDictionary<string, int> Caught { get; init; }

    /// <summary>The sum of <see cref="Caught"/>.</summary>
    [JsonPropertyName("caught_total")] public int CaughtTotal { get; init; }

    /// <summary>Planted defects still in a version released to the client.</summary>
    [JsonPropertyName("shipped")] public int Shipped { get; init; }

    /// <summary>Pass verdicts on a version that still carried a planted defect of a kind the gate checks.</summary>
    [JsonPropertyName("rubber_stamp_passes")] public int RubberStampPasses { get; init; }

    /// <summary>
    /// The run's fallback sections: the same figure as summary.json's top-level <c>fallback_sections</c>
    /// (sections of each deliverable's final version that the generic fallback wrote because no section
    /// template matched the heading), repeated here for readers of the defect figures.
    /// </summary>
    [JsonPropertyName("generic_fallback_sections")] public int GenericFallbackSections { get; init; }
}
