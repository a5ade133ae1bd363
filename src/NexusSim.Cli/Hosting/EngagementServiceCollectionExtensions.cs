using Microsoft.Extensions.DependencyInjection;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Hosting;

/// <summary>Registers the engagement queue, its runner and the background worker that drains it.</summary>
internal static class EngagementServiceCollectionExtensions
{
    public static IServiceCollection AddEngagementWorker(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<EngagementQueue>();
        services.AddSingleton<EngagementRunner>();
        services.AddSingleton<ChatClientFactory>();
        services.AddHostedService<EngagementWorker>();
        return services;
    }
}
