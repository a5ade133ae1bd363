using Microsoft.Extensions.DependencyInjection;
using NexusSim.Agents.Actions;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>The collaboration protocols a run can use, by name: every <see cref="IProtocol"/> registered in DI.</summary>
internal sealed class ProtocolRegistry
{
    private readonly Dictionary<string, IProtocol> _protocols;

    public ProtocolRegistry(IEnumerable<IProtocol> protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        _protocols = new Dictionary<string, IProtocol>(StringComparer.Ordinal);
        foreach (var protocol in protocols)
        {
            _protocols.TryAdd(protocol.Name, protocol);
        }
    }

    /// <summary>A registry of the shipped protocols (for callers without a host).</summary>
    public static ProtocolRegistry Shipped() =>
        new(new ServiceCollection().AddNexusProtocols().BuildServiceProvider().GetServices<IProtocol>());

    public IReadOnlyList<string> Names => [.. _protocols.Keys.Order(StringComparer.Ordinal)];

    public IProtocol Create(string name) =>
        _protocols.TryGetValue(name, out var protocol)
            ? protocol
            : throw new ArgumentException($"Unknown protocol '{name}'. Available: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>The task kinds <paramref name="name"/> adds (none for an unknown name).</summary>
    public IReadOnlyList<ProtocolTask> TasksOf(string name) => _protocols.TryGetValue(name, out var p) ? p.Tasks : [];

    /// <summary>What <paramref name="manifest"/> lacks for <paramref name="name"/>.</summary>
    public IReadOnlyList<string> Lacks(string name, FirmManifest manifest) => _protocols.TryGetValue(name, out var p) ? p.Lacks(manifest) : [];
}
