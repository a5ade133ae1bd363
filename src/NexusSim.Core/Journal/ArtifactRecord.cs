namespace NexusSim.Core.Journal;

/// <summary>An artifact a step produced, such as one version of a deliverable.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="ArtifactId">The artifact's id, unique within the run.</param>
/// <param name="DeliverableId">The deliverable it is a version of.</param>
/// <param name="Version">The deliverable's version number, from 1.</param>
/// <param name="ContentHash">SHA-256 (hex) of the content.</param>
/// <param name="Content">The content itself (e.g. Markdown).</param>
/// <param name="MediaType">The content's media type (e.g. "text/markdown").</param>
public sealed record ArtifactRecord(
    string RunId,
    string ArtifactId,
    string DeliverableId,
    int Version,
    string ContentHash,
    string Content,
    string MediaType);
