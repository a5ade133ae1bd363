namespace NexusSim.Core.Protocols;

/// <summary>A deliverable version handed to a turn as context.</summary>
public sealed record ArtifactView(string DeliverableId, string Name, int Version, string ContentHash, string Markdown);
