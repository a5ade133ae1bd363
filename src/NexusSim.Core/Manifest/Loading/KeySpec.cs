namespace NexusSim.Core.Manifest.Loading;

/// <summary>The keys a map of some kind accepts and requires.</summary>
/// <param name="What">The kind, as an error names it ("an agent").</param>
/// <param name="Allowed">Every accepted key, in schema order.</param>
/// <param name="Required">Keys that must be present.</param>
internal sealed record KeySpec(string What, IReadOnlyList<string> Allowed, IReadOnlyList<string> Required);
