namespace NexusSim.Agents.Stub.Content;

/// <summary>A banned phrase: how to rewrite it, and sentences a careless author writes with it.</summary>
internal sealed record ClicheEntry(string Phrase, string Rewrite, IReadOnlyList<ContentVariant> Sentences);
