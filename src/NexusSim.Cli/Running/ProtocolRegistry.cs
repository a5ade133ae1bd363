using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>The collaboration protocols a run can use, by name.</summary>
internal sealed class ProtocolRegistry
{
    private readonly Dictionary<string, Func<IProtocol>> _protocols = new(StringComparer.Ordinal)
    {
        [ChainProtocol.ProtocolName] = () => new ChainProtocol(),
    };

    public IReadOnlyList<string> Names => [.. _protocols.Keys.Order(StringComparer.Ordinal)];

    public IProtocol Create(string name) =>
        _protocols.TryGetValue(name, out var create)
            ? create()
            : throw new ArgumentException($"Unknown protocol '{name}'. Available: {string.Join(", ", Names)}.", nameof(name));
}
