using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NexusSim.Agents.Metering;

namespace NexusSim.Agents;

/// <summary>The agents project's composition: what every engagement built from one container shares.</summary>
public static class AgentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared token-count memories (<see cref="TokenCounts"/>) and the firms' action
    /// plugins (<see cref="Actions.FirmPlugins"/>) as singletons, so the engagements of one container
    /// share them and two containers share nothing. Idempotent.
    /// </summary>
    public static IServiceCollection AddNexusSimAgents(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TokenCounts>();
        services.TryAddSingleton<Actions.FirmPlugins>();
        return services;
    }
}
