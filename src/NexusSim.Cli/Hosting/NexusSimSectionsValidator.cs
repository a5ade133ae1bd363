using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// Fails start-up when the <c>NexusSim</c> section has a child the app does not read (a typo in a
/// section name), naming the key and the sections that exist. The sections themselves are bound with
/// ErrorOnUnknownConfiguration, so a typo inside one is caught by the binder.
/// </summary>
internal sealed class NexusSimSectionsValidator : IValidateOptions<NexusSimSections>
{
    private readonly IConfiguration _configuration;

    public NexusSimSectionsValidator(IConfiguration configuration) =>
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));

    public ValidateOptionsResult Validate(string? name, NexusSimSections options)
    {
        var unknown = _configuration.GetSection(NexusSimSections.SectionName).GetChildren()
            .Select(c => c.Key)
            .Where(k => !NexusSimSections.Known.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(k => $"{NexusSimSections.SectionName}:{k} is not a setting nexussim reads.{Hint(k)} The sections are {string.Join(", ", NexusSimSections.Known.Select(s => $"{NexusSimSections.SectionName}:{s}"))}.")
            .ToList();
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }

    // " Did you mean 'NexusSim:Simulation'?" for a section near one the app reads, as a misspelled key inside a section gets.
    private static string Hint(string section) =>
        Core.Manifest.Loading.NearestName.Find(section, NexusSimSections.Known) is { } nearest ? $" Did you mean '{NexusSimSections.SectionName}:{nearest}'?" : string.Empty;
}
