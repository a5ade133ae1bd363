using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NexusSim.Agents;
using NexusSim.Agents.Actions;
using NexusSim.Agents.Stub;
using NexusSim.Cli.Reporting;
using NexusSim.Cli.Running;

namespace NexusSim.Cli.Hosting;

/// <summary>The CLI's composition: options bound and validated on start.</summary>
internal static class CliServiceCollectionExtensions
{
    // An unknown key (a typo such as NexusSim:Stub:Qualty) is an error, not silently ignored.
    private static void Strict(BinderOptions options) => options.ErrorOnUnknownConfiguration = true;

    public static IServiceCollection AddNexusSimCli(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ManifestOptions>()
            .Bind(configuration.GetSection(ManifestOptions.SectionName), Strict)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ManifestOptions>, ManifestOptionsValidator>();
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.SectionName), Strict).ValidateOnStart();
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName), Strict).ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName), Strict).ValidateOnStart();
        services.AddOptions<StubOptions>().Bind(configuration.GetSection("NexusSim:Stub"), Strict).ValidateOnStart();
        services.AddSingleton<RunSettingsValidator>();
        services.AddSingleton<IValidateOptions<SimulationOptions>>(sp => sp.GetRequiredService<RunSettingsValidator>());
        services.AddSingleton<IValidateOptions<LlmOptions>>(sp => sp.GetRequiredService<RunSettingsValidator>());
        services.AddSingleton<IValidateOptions<StorageOptions>>(sp => sp.GetRequiredService<RunSettingsValidator>());
        services.AddSingleton<IValidateOptions<StubOptions>>(sp => sp.GetRequiredService<RunSettingsValidator>());
        services.AddNexusProtocols();
        services.AddNexusSimAgents();
        services.AddSingleton<ContentLibraries>();
        services.AddSingleton<EngagementShared>();
        services.AddSingleton<ProtocolRegistry>();
        services.AddOptions<PricingOptions>().Bind(configuration.GetSection(PricingOptions.SectionName), Strict).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PricingOptions>, PricingOptionsValidator>();
        services.AddOptions<NexusSimSections>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NexusSimSections>>(new NexusSimSectionsValidator(configuration));
        services.AddSingleton<RunRecordWriter>();
        return services;
    }
}
