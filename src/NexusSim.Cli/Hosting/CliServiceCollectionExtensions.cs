using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NexusSim.Cli.Hosting;

/// <summary>The CLI's composition: options bound and validated on start.</summary>
internal static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddNexusSimCli(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ManifestOptions>()
            .Bind(configuration.GetSection(ManifestOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ManifestOptions>, ManifestOptionsValidator>();
        return services;
    }
}
