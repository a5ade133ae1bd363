namespace NexusSim.Core.Engagements;

/// <summary>One submitted version of a deliverable, identified by the hash of its content.</summary>
/// <param name="Number">1-based version number.</param>
/// <param name="ContentHash">SHA-256 (hex) of the Markdown.</param>
/// <param name="Markdown">The content.</param>
/// <param name="SubmittedBy">Actor id of the submitter.</param>
/// <param name="Summary">The submitter's one-line summary of the change.</param>
public sealed record DeliverableVersion(int Number, string ContentHash, string Markdown, string SubmittedBy, string Summary);
