namespace NexusSim.Core.Journal;

/// <summary>A run as the journal keeps it: what was started, with which inputs, and where it stands.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Status">Where the run stands (e.g. "running", "completed", "failed", "interrupted").</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Protocol">The collaboration protocol's id.</param>
/// <param name="ServiceLine">The service line's id.</param>
/// <param name="ManifestHash">SHA-256 (hex) of the role manifest the run was started with.</param>
/// <param name="BriefHash">SHA-256 (hex) of the brief.</param>
/// <param name="CreatedAt">When the run was created.</param>
/// <param name="MetadataJson">Further settings as a JSON object (never secrets).</param>
public sealed record RunRecord(
    string RunId,
    string Status,
    ulong Seed,
    string Protocol,
    string ServiceLine,
    string ManifestHash,
    string BriefHash,
    DateTimeOffset CreatedAt,
    string MetadataJson);
