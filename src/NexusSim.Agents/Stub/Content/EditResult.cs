namespace NexusSim.Agents.Stub.Content;

/// <summary>An editorial pass's document, what it changed and what it found but left for the author.</summary>
internal sealed record EditResult(DraftDocument Document, IReadOnlyList<string> Changes, IReadOnlyList<string> Findings);
