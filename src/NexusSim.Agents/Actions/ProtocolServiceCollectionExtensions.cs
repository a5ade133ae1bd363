using Microsoft.Extensions.DependencyInjection;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Actions;

/// <summary>Registers the collaboration protocols, each keyed by its name (adding one is one line here and its own file).</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Registers the five shipped protocols: chain, parallel, hierarchical, debate and broadcast.</summary>
    public static IServiceCollection AddNexusProtocols(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddProtocol(new ChainProtocol())
            .AddProtocol(new ParallelProtocol())
            .AddProtocol(new HierarchicalProtocol())
            .AddProtocol(new DebateProtocol())
            .AddProtocol(new BroadcastProtocol());
    }

    /// <summary>Registers <paramref name="protocol"/> (stateless, so one instance serves every engagement) as an <see cref="IProtocol"/> and keyed by its name.</summary>
    public static IServiceCollection AddProtocol(this IServiceCollection services, IProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(protocol);
        services.AddSingleton(protocol);
        services.AddKeyedSingleton(protocol.Name, protocol);
        return services;
    }
}
