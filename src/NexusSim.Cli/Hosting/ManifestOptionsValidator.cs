using Microsoft.Extensions.Options;

namespace NexusSim.Cli.Hosting;

/// <summary>Checks <see cref="ManifestOptions"/> on start.</summary>
internal sealed class ManifestOptionsValidator : IValidateOptions<ManifestOptions>
{
    public ValidateOptionsResult Validate(string? name, ManifestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Path)
            ? ValidateOptionsResult.Fail($"{ManifestOptions.SectionName}:Path is empty: set it to the manifest directory (default: agents).")
            : ValidateOptionsResult.Success;
    }
}
