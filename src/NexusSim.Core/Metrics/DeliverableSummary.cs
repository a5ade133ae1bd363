using System.Text.Json.Serialization;

namespace NexusSim.Core.Metrics;

/// <summary>One deliverable's line in summary.json.</summary>
public sealed record DeliverableSummary
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("author")] public required string Author { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("versions")] public int Versions { get; init; }
    [JsonPropertyName("final_hash")] public string? FinalHash { get; init; }
    [JsonPropertyName("gate_verdicts")] public int GateVerdicts { get; init; }
    [JsonPropertyName("file")] public string? File { get; init; }
    [JsonPropertyName("client_facing")] public bool ClientFacing { get; init; }
    [JsonPropertyName("done")] public bool Done { get; init; }
    [JsonPropertyName("caveats")] public IReadOnlyList<string> Caveats { get; init; } = [];
    [JsonPropertyName("escalations")] public IReadOnlyList<string> Escalations { get; init; } = [];

    /// <summary>
    /// Sections of this deliverable's final version (the released one when released, else its latest)
    /// that the generic fallback wrote ("no content for …") because no section template matched the
    /// heading; null when not the stub.
    /// </summary>
    [JsonPropertyName("fallback_sections")] public int? FallbackSections { get; init; }

    /// <summary>What each editorial pass (an edit step without gate feedback) changed, as "v2: …" entries.</summary>
    [JsonPropertyName("changes")] public IReadOnlyList<string> Changes { get; init; } = [];
}
