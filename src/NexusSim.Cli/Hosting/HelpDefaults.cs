using Microsoft.Extensions.Configuration;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// The effective defaults shown in `--help`: the values of the settings that would apply now
/// (the firm folder's appsettings.json, then NexusSim__... environment variables), read as raw
/// text so that a bad setting never breaks help. A `--config FILE` on the same command line is
/// read too, last, as it is for the run (an unreadable one is skipped: the run reports it).
/// </summary>
internal sealed class HelpDefaults
{
    private readonly IConfiguration? _configuration;

    private HelpDefaults(IConfiguration? configuration) => _configuration = configuration;

    /// <summary>The defaults of this process's settings.</summary>
    public static HelpDefaults Load()
    {
        try
        {
            var builder = new ConfigurationBuilder()
                .SetBasePath(FirmHome.Directory)
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables();
            if (HostArguments.Current.ConfigFile is { Length: > 0 } file && !file.Contains('\0', StringComparison.Ordinal) && File.Exists(Path.GetFullPath(file)) && HostArguments.ConfigFileProblem(Path.GetFullPath(file)) is null)
            {
                builder.AddJsonFile(Path.GetFullPath(file), optional: true);
            }

            return new HelpDefaults(builder.Build());
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            return new HelpDefaults(null);
        }
    }

    /// <summary>"default X, KEY": the setting's current value when it has one, else <paramref name="fallback"/>.</summary>
    public string Of(string key, string fallback)
    {
        var value = _configuration?[key];
        return $"default {(string.IsNullOrEmpty(value) ? fallback : value)}, {key}";
    }
}
