namespace NexusSim.Agents.Stub.Content;

/// <summary>A deliverable already released to the client in this run: its name and its Key facts line.</summary>
/// <param name="Name">The deliverable type's display name.</param>
/// <param name="KeyFacts">The released version's <c>Key facts:</c> line.</param>
public sealed record ReleasedFacts(string Name, string KeyFacts);
